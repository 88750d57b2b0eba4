import type { ChatHistoryDoc } from '../../utils/data/collections/chat-history.ts';
import { t } from '../../utils/i18n.ts';
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
    return <p class="empty">{t('noChatThatIsOverMatches')}</p>;
  }
  return (
    <>
      <ul
        class="history-list"
        aria-label={t('chatsThatAreOverShown', rows.length)}
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
              onClick={() => onOpen(row)}
            >
              {/* Named by what it shows, after a hidden verb: a name that leaves out words on
                  screen fails speech-input users, who say what they see (WCAG 2.5.3). */}
              <span class="visually-hidden">{t('openTheChatWith')} </span>
              <span class="row">
                <strong>{row.visitor.name}</strong>
                {row.visitor.email && <span class="muted">{row.visitor.email}</span>}
                <span class="spacer" />
                <time dateTime={row.closedAt.toISOString()}>{dateTime.format(row.closedAt)}</time>
              </span>
              <span class="row muted">
                <span>
                  {row.outcome === 'missed'
                    ? t('missed2')
                    : row.operatorNames.join(' → ') || t('noOperator')}
                </span>
                {row.departmentId && <span>· {departmentName(row.departmentId)}</span>}
                <span>{t('messages', row.messageCount)}</span>
                <span class="spacer" />
                <RatingBadge rating={row.rating} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {loading && (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      )}
      {hasMore && !loading && (
        <button type="button" class="history-more" onClick={onMore}>
          {t('showOlderChats')}
        </button>
      )}
    </>
  );
}
