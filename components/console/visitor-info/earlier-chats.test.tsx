import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatHistoryEntryFromData } from '../../../utils/data/collections/chat-history.ts';
import { EarlierChats } from './earlier-chats.tsx';

afterEach(cleanup);

const row = (chatId: string, closedAt: string) =>
  chatHistoryEntryFromData(chatId, {
    chatId,
    scope: '*',
    outcome: 'closed',
    visitor: { uid: 'v', name: 'Rosa' },
    operatorIds: ['nora'],
    operatorNames: ['Nora'],
    createdAt: new Date(closedAt),
    closedAt: new Date(closedAt),
    rating: 'good',
  });

describe('EarlierChats', () => {
  it('lists the visitor’s other chats, each opening its transcript', async () => {
    const earlier = row('old', '2026-11-02T10:00:00Z');
    const onOpen = vi.fn();
    render(
      <EarlierChats
        chatId="now"
        load={async () => [row('now', '2026-12-01T10:00:00Z'), earlier]}
        onOpen={onOpen}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Earlier chats with this visitor' });
    expect(list.querySelectorAll('li')).toHaveLength(1);
    expect(list.textContent).toContain('Rated good');
    fireEvent.click(screen.getByRole('button', { name: /^Open the transcript of the chat ended/ }));
    expect(onOpen).toHaveBeenCalledWith(earlier);
  });
  it('says when there are none, and when they could not be read', async () => {
    render(<EarlierChats chatId="now" load={async () => []} onOpen={vi.fn()} />);
    await screen.findByText('No earlier chats with this visitor.');
    cleanup();
    render(
      <EarlierChats chatId="now" load={() => Promise.reject(new Error('no'))} onOpen={vi.fn()} />,
    );
    await waitFor(() => screen.getByText('Earlier chats could not be loaded.'));
  });
});
