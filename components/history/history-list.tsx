import type { ChatHistoryDoc } from '../../utils/data/collections/chat-history.ts';
import { RatingBadge } from './rating-badge.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface HistoryListProps {
  rows: ChatHistoryDoc[];
  /** Summaries read for the rows shown (data-reads: what the History benchmark counts). */
  reads?: number;
  /** the rows are the last visit's, shown until the server answers */
  cached?: boolean;
  loading: boolean;
  hasMore: boolean;
  departmentName: (id: string) => string;
  onOpen: (row: ChatHistoryDoc) => void;
  onMore: () => void;
}

/** Chats that are over, newest first; each row opens its transcript. */
export function HistoryList({
  rows,
  reads,
  cached = false,
  loading,
  hasMore,
  departmentName,
  onOpen,
  onMore,
}: HistoryListProps) {
  if (rows.length === 0 && !loading) {
    return <p class="empty">No chat that is over matches these filters.</p>;
  }
  return (
    <>
      <ul
        class="history-list"
        aria-label={`Chats that are over, ${rows.length} shown`}
        data-reads={reads}
        data-cached={cached || undefined}
        aria-busy={cached || undefined}
      >
        {rows.map((row) => (
          <li key={row.id} class="history-row">
            <button
              type="button"
              class="history-row__open"
              data-chat-id={row.chatId}
              aria-label={`Open the chat with ${row.visitor.name}, ended ${dateTime.format(row.closedAt)}`}
              onClick={() => onOpen(row)}
            >
              <span class="row">
                <strong>{row.visitor.name}</strong>
                {row.visitor.email && <span class="muted">{row.visitor.email}</span>}
                <span class="spacer" />
                <time dateTime={row.closedAt.toISOString()}>{dateTime.format(row.closedAt)}</time>
              </span>
              <span class="row muted">
                <span>
                  {row.outcome === 'missed'
                    ? 'Missed'
                    : row.operatorNames.join(' → ') || 'No operator'}
                </span>
                {row.departmentId && <span>· {departmentName(row.departmentId)}</span>}
                <span>· {row.messageCount} messages</span>
                <span class="spacer" />
                <RatingBadge rating={row.rating} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {loading && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {hasMore && !loading && (
        <button type="button" class="history-more" onClick={onMore}>
          Show older chats
        </button>
      )}
    </>
  );
}
