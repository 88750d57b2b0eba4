import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ChatHistoryDoc } from '../../../utils/data/collections/chat-history.ts';
import { t } from '../../../utils/i18n.ts';
import { RatingBadge } from '../../history/rating-badge.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface EarlierChatsProps {
  /** the current chat, left out of the list */
  chatId: string;
  load: () => Promise<ChatHistoryDoc[]>;
  onOpen: (row: ChatHistoryDoc) => void;
}

/**
 * A returning visitor's earlier chats (same widget identity, or the same email), each opening
 * its transcript in History. Loaded once, when Visitor info is opened.
 */
export function EarlierChats({ chatId, load, onOpen }: EarlierChatsProps) {
  const rows = useSignal<ChatHistoryDoc[] | null>(null);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (found) => {
        if (current) rows.value = found.filter((row) => row.chatId !== chatId);
      },
      () => {
        if (current) error.value = t('earlierChatsCouldNotBeLoaded');
      },
    );
    return () => {
      current = false;
    };
  }, [chatId]);

  if (error.value) return <p class="error">{error.value}</p>;
  if (!rows.value) return <p class="muted">{t('lookingForEarlierChats')}</p>;
  if (rows.value.length === 0) return <p class="muted">{t('noEarlierChatsWithThisVisitor')}</p>;
  return (
    <ul class="earlier-chats" aria-label={t('earlierChatsWithThisVisitor')}>
      {rows.value.map((row) => (
        <li key={row.id}>
          <button
            type="button"
            class="link"
            aria-label={t('openTheTranscriptOfTheChat', dateTime.format(row.closedAt))}
            onClick={() => onOpen(row)}
          >
            {dateTime.format(row.closedAt)}
          </button>{' '}
          <span class="muted">
            {row.outcome === 'missed' ? t('missed') : row.operatorNames.join(' → ')} ·{' '}
            <RatingBadge rating={row.rating} />
          </span>
        </li>
      ))}
    </ul>
  );
}
