import type { ChatHistoryDoc } from '../../../utils/data/collections/chat-history.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface MissedChatsProps {
  rows: ChatHistoryDoc[];
  loading: boolean;
  hasMore: boolean;
  onMore: () => void;
}

/** The range's missed chats themselves, not only their number: who waited, where, when. */
export function MissedChats({ rows, loading, hasMore, onMore }: MissedChatsProps) {
  return (
    <section aria-labelledby="missed-title">
      <h3 id="missed-title">Missed chats</h3>
      {rows.length === 0 && !loading ? (
        <p class="empty">No chat was missed in this range.</p>
      ) : (
        <ul class="missed-chats" aria-label={`Missed chats, ${rows.length} shown`}>
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.visitor.name}</strong>
              {row.visitor.email ? ` <${row.visitor.email}>` : ' (no email)'} ·{' '}
              <time dateTime={row.closedAt.toISOString()}>{dateTime.format(row.closedAt)}</time>
              <span class="muted"> · waited on {row.pageUrl}</span>
            </li>
          ))}
        </ul>
      )}
      {loading && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {hasMore && !loading && (
        <button type="button" onClick={onMore}>
          Show more missed chats
        </button>
      )}
    </section>
  );
}
