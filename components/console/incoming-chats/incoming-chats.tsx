import { useState } from 'preact/hooks';
import { type ChatDoc, waitingSeconds } from '../../../utils/data/collections/chats.ts';
import { t } from '../../../utils/i18n.ts';
import { useNow } from '../../ui/use-now.ts';
import { formatDuration, shortUrl } from '../shared/format.ts';

export interface IncomingChatsProps {
  chats: readonly ChatDoc[];
  departmentName: (id: string | undefined) => string | undefined;
  onAccept: (chatId: string) => Promise<unknown>;
}

/**
 * Chats rung at me, oldest first, with how long each visitor has waited, and Accept; a chat
 * offered to me alone (one at a time, ADR 008) says how long it stays mine.
 */
export function IncomingChats({ chats, departmentName, onAccept }: IncomingChatsProps) {
  const now = useNow();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  if (chats.length === 0) return null;

  async function accept(chatId: string) {
    setBusy(chatId);
    setErrors((e) => ({ ...e, [chatId]: '' }));
    try {
      await onAccept(chatId);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message =
        code === 'failed-precondition'
          ? t('anotherOperatorTookThisChatFirst')
          : (error as Error).message;
      setErrors((e) => ({ ...e, [chatId]: message }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="incoming" aria-labelledby="incoming-title">
      <h2 id="incoming-title">
        {t('incomingChats')} <span class="count">({chats.length})</span>
      </h2>
      <ul class="incoming__list">
        {chats.map((chat) => {
          const department = departmentName(chat.departmentId);
          return (
            <li key={chat.id} class="incoming__item">
              <div class="incoming__who">
                <strong>{chat.visitor.name}</strong>
                {department && <span class="tag">{department}</span>}
              </div>
              <div class="incoming__where muted" title={chat.pageUrl}>
                {shortUrl(chat.pageUrl)}
              </div>
              <div class="incoming__wait">
                {t('waiting2', formatDuration(waitingSeconds(chat, now)))}
                {chat.offerExpiresAt && (
                  <span class="incoming__deadline">
                    {' '}
                    {t(
                      'offerYoursFor',
                      formatDuration(
                        Math.max(
                          0,
                          Math.ceil((chat.offerExpiresAt.getTime() - now.getTime()) / 1000),
                        ),
                      ),
                    )}
                  </span>
                )}
              </div>
              <button
                type="button"
                class="primary"
                disabled={busy === chat.id}
                aria-label={t('acceptChatWith', chat.visitor.name)}
                onClick={() => void accept(chat.id)}
              >
                {t('accept')}
              </button>
              {errors[chat.id] && (
                <p class="error" role="alert">
                  {errors[chat.id]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
