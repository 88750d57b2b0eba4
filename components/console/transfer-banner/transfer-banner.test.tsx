import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatFromData } from '../../../utils/data/collections/chats.ts';
import { IncomingTransferBanner, OutgoingTransferNotice } from './transfer-banner.tsx';

afterEach(cleanup);

const requestedAt = Date.now();
const chat = chatFromData('c1', {
  visitor: { uid: 'v', name: 'Vera' },
  status: 'active',
  operatorId: 'nora',
  transfer: { from: 'nora', to: 'otto', requestedAt: new Date(requestedAt) },
  createdAt: new Date(requestedAt - 60_000),
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('transfer banners', () => {
  it('offers the receiver Accept and Decline with named buttons', async () => {
    const onAccept = vi.fn(async () => {});
    const onDecline = vi.fn(async () => {});
    render(
      <IncomingTransferBanner
        chat={chat}
        fromName="Nora"
        expiresAt={Date.now() + 30_000}
        onAccept={onAccept}
        onDecline={onDecline}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain(
      'Nora wants to transfer the chat with Vera to you.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Accept transfer of Vera from Nora' }));
    await flush();
    expect(onAccept).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Decline transfer of Vera' }));
    await flush();
    expect(onDecline).toHaveBeenCalledOnce();
  });

  it('says when the offer has timed out and hides its buttons', () => {
    render(
      <IncomingTransferBanner
        chat={chat}
        fromName="Nora"
        expiresAt={Date.now() - 1}
        onAccept={async () => {}}
        onDecline={async () => {}}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('timed out');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the refusal of a callable next to the banner', async () => {
    render(
      <IncomingTransferBanner
        chat={chat}
        fromName="Nora"
        expiresAt={Date.now() + 30_000}
        onAccept={async () => {
          throw new Error('You already have the maximum number of chats.');
        }}
        onDecline={async () => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Accept transfer/ }));
    await flush();
    await flush();
    expect(screen.getByRole('alert').textContent).toBe(
      'You already have the maximum number of chats.',
    );
  });

  it('tells the sender who they are waiting for, then that it lapsed', () => {
    const { rerender } = render(
      <OutgoingTransferNotice
        toName="Otto"
        expiresAt={Date.now() + 45_000}
        onCancel={async () => {}}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(
      /Waiting for Otto to accept the transfer \(4\d s left\)/,
    );
    expect(screen.getByRole('button', { name: 'Cancel transfer' })).toBeTruthy();
    rerender(
      <OutgoingTransferNotice toName="Otto" expiresAt={Date.now() - 1} onCancel={async () => {}} />,
    );
    expect(screen.getByRole('status').textContent).toContain('Otto did not accept in time');
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });
});
