import type { ChatHistoryDoc } from '../../../utils/data/collections/chat-history.ts';
import { t } from '../../../utils/i18n.ts';

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
      <h3 id="missed-title">{t('missedChats')}</h3>
      {rows.length === 0 && !loading ? (
        <p class="empty">{t('noChatWasMissedInThis')}</p>
      ) : (
        <ul class="missed-chats" aria-label={t('missedChatsShown', rows.length)}>
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.visitor.name}</strong>
              {row.visitor.email ? t('text3', row.visitor.email) : t('noEmail')} ·{' '}
              <time dateTime={row.closedAt.toISOString()}>{dateTime.format(row.closedAt)}</time>
              <span class="muted"> {t('waitedOn', row.pageUrl)}</span>
            </li>
          ))}
        </ul>
      )}
      {loading && (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      )}
      {hasMore && !loading && (
        <button type="button" onClick={onMore}>
          {t('showMoreMissedChats')}
        </button>
      )}
    </section>
  );
}
