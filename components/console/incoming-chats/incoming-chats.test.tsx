import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatFromData } from '../../../utils/data/collections/chats.ts';
import { IncomingChats } from './incoming-chats.tsx';

afterEach(cleanup);

const chat = chatFromData('c1', {
  visitor: { uid: 'v', name: 'Vera' },
  departmentId: 'sales',
  pageUrl: 'http://127.0.0.1:5173/pricing?ref=ad',
  status: 'queued',
  offeredTo: ['nora'],
  createdAt: new Date(Date.now() - 75_000),
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('IncomingChats', () => {
  it('lists who waits, where, in which department and for how long', () => {
    render(
      <IncomingChats chats={[chat]} departmentName={() => 'Sales'} onAccept={async () => {}} />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Vera');
    expect(item.textContent).toContain('Sales');
    expect(item.textContent).toContain('127.0.0.1:5173/pricing');
    expect(item.textContent).toContain('waiting 1 min');
  });

  it('accepts with a named button and explains a lost race', async () => {
    const onAccept = vi.fn(async () => {
      throw Object.assign(new Error('taken'), { code: 'failed-precondition' });
    });
    render(<IncomingChats chats={[chat]} departmentName={() => undefined} onAccept={onAccept} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept chat with Vera' }));
    await flush();
    await flush();
    expect(onAccept).toHaveBeenCalledWith('c1');
    expect(screen.getByRole('alert').textContent).toBe('Another operator took this chat first.');
  });

  it('says how long a chat offered to me alone stays mine (one at a time)', () => {
    const mine = chatFromData('c2', {
      visitor: { uid: 'v', name: 'Walt' },
      pageUrl: 'http://127.0.0.1:5173/',
      status: 'queued',
      offeredTo: ['nora'],
      createdAt: new Date(),
      offerExpiresAt: new Date(Date.now() + 20_500),
    });
    render(
      <IncomingChats chats={[mine]} departmentName={() => undefined} onAccept={async () => {}} />,
    );
    expect(screen.getByRole('listitem').textContent).toMatch(/yours for 2\d s/);
  });

  it('renders nothing when nobody waits', () => {
    const { container } = render(
      <IncomingChats chats={[]} departmentName={() => undefined} onAccept={async () => {}} />,
    );
    expect(container.textContent).toBe('');
  });
});
