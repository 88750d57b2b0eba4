import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatHistoryEntryFromData } from '../../utils/data/collections/chat-history.ts';
import { chatMessageFromData } from '../../utils/data/collections/chat-messages.ts';
import { HistoryFilters } from './history-filters.tsx';
import { HistoryList } from './history-list.tsx';
import { TranscriptView } from './transcript-view.tsx';

afterEach(cleanup);

const entry = chatHistoryEntryFromData('c1_nora', {
  chatId: 'c1',
  scope: 'nora',
  outcome: 'closed',
  visitor: { uid: 'v', name: 'Vera', email: 'vera@example.com' },
  departmentId: 'sales',
  pageUrl: 'http://127.0.0.1:5173/pricing',
  operatorIds: ['nora', 'otto'],
  operatorNames: ['Nora', 'Otto'],
  createdAt: new Date('2026-12-01T10:00:00Z'),
  closedAt: new Date('2026-12-01T10:20:00Z'),
  messageCount: 6,
  rating: 'bad',
  ratingComment: 'Slow',
});
const listProps = {
  loading: false,
  hasMore: false,
  departmentName: (id: string) => (id === 'sales' ? 'Sales' : id),
  onOpen: vi.fn(),
  onMore: vi.fn(),
};

describe('HistoryList', () => {
  it('says so when nothing matches', () => {
    render(<HistoryList rows={[]} {...listProps} />);
    expect(screen.getByText('No chat that is over matches these filters.')).toBeTruthy();
  });
  it('shows who, who answered (transfers in order), department, count and rating', () => {
    const onOpen = vi.fn();
    render(<HistoryList rows={[entry]} {...listProps} onOpen={onOpen} />);
    const row = screen.getByRole('button', { name: /^Open the chat with Vera\b/ });
    expect(row.textContent).toContain('Nora → Otto');
    expect(row.textContent).toContain('Sales');
    expect(row.textContent).toContain('6 messages');
    expect(row.textContent).toContain('Rated bad');
    fireEvent.click(row);
    expect(onOpen).toHaveBeenCalledWith(entry);
  });
  it('offers older chats while there are more', () => {
    const onMore = vi.fn();
    render(<HistoryList rows={[entry]} {...listProps} hasMore onMore={onMore} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show older chats' }));
    expect(onMore).toHaveBeenCalled();
  });
});

describe('HistoryFilters', () => {
  it('offers the operator filter to admins only and sends the filter on submit', () => {
    const onSearch = vi.fn();
    render(<HistoryFilters operators={null} departments={[]} onSearch={onSearch} />);
    expect(screen.queryByLabelText('Operator')).toBeNull();
    fireEvent.input(screen.getByLabelText('Words'), { target: { value: 'refund' } });
    fireEvent.change(screen.getByLabelText('Rating'), { target: { value: 'none' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search history' }));
    expect(onSearch).toHaveBeenCalledWith({ text: 'refund', rating: 'none' });
  });
});

describe('TranscriptView', () => {
  const props = { departmentName: listProps.departmentName, onBack: vi.fn() };
  it('shows the facts and every message read-only, and focuses its heading', () => {
    const messages = [
      chatMessageFromData('m1', {
        from: { kind: 'visitor', uid: 'v', name: 'Vera' },
        text: 'Hi',
        sentAt: new Date(),
      }),
      chatMessageFromData('m2', {
        from: { kind: 'system', name: 'Parley' },
        text: 'Nora transferred the chat to Otto.',
        sentAt: new Date(),
      }),
    ];
    render(
      <TranscriptView entry={entry} messages={messages} status="ready" error={null} {...props} />,
    );
    const heading = screen.getByRole('heading', { name: 'Chat with Vera' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('list', { name: 'Transcript' }).textContent).toContain(
      'Nora transferred the chat to Otto.',
    );
    expect(screen.getByText('Slow')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
  it('says why a transcript could not be read', () => {
    render(
      <TranscriptView entry={entry} messages={[]} status="error" error="Refused." {...props} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Refused.');
  });
});
