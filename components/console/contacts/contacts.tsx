import { useState } from 'preact/hooks';
import type { ChatDoc } from '../../../utils/data/collections/chats.ts';
import type { OperatorDoc } from '../../../utils/data/collections/operators.ts';
import type { PresenceState } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';
import { PresenceBadge } from '../presence-switch/presence-switch.tsx';
import { shortUrl } from '../shared/format.ts';

export interface ContactsProps {
  selfUid: string;
  operators: readonly OperatorDoc[];
  presenceOf: (uid: string) => PresenceState;
  onStartChat: (uid: string) => Promise<unknown>;
  /** admins only: every ongoing chat, to open read-only */
  ongoing?: readonly ChatDoc[];
  operatorName: (uid: string | undefined) => string;
  onView?: (chat: ChatDoc) => void;
}

const ORDER: Record<PresenceState, number> = { online: 0, away: 1, offline: 2 };

/** The team with presence (start a chat between operators); admins also see all ongoing chats. */
export function Contacts(props: ContactsProps) {
  const [error, setError] = useState<string | null>(null);
  const others = props.operators
    .filter((o) => o.id !== props.selfUid && o.active)
    .sort(
      (a, b) =>
        ORDER[props.presenceOf(a.id)] - ORDER[props.presenceOf(b.id)] ||
        a.displayName.localeCompare(b.displayName),
    );

  async function start(uid: string) {
    setError(null);
    try {
      await props.onStartChat(uid);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <div class="contacts">
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('operators')}</h2>
        {others.length === 0 ? (
          <p class="empty">{t('noOtherOperatorsInThisWorkspace')}</p>
        ) : (
          <ul class="contacts__list">
            {others.map((operator) => (
              <li key={operator.id} class="contacts__item">
                <PresenceBadge state={props.presenceOf(operator.id)} name={operator.displayName} />
                <span class="contacts__name">{operator.displayName}</span>
                <span class="muted contacts__state">{props.presenceOf(operator.id)}</span>
                <button
                  type="button"
                  aria-label={t('startChatWith', operator.displayName)}
                  onClick={() => void start(operator.id)}
                >
                  {t('chat')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      {props.ongoing && (
        <section aria-labelledby="ongoing-title">
          <h2 id="ongoing-title">{t('allOngoingChats')}</h2>
          {props.ongoing.length === 0 ? (
            <p class="empty">{t('noChatsInProgress')}</p>
          ) : (
            <ul class="contacts__list">
              {props.ongoing.map((chat) => (
                <li key={chat.id} class="contacts__item contacts__item--chat">
                  <div>
                    <strong>{chat.visitor.name}</strong>{' '}
                    <span class="muted">
                      {chat.status === 'queued'
                        ? t('waiting3')
                        : t('with', props.operatorName(chat.operatorId))}
                    </span>
                    <div class="muted">{shortUrl(chat.pageUrl)}</div>
                  </div>
                  <button
                    type="button"
                    aria-label={t('viewChatWithReadOnly', chat.visitor.name)}
                    onClick={() => props.onView?.(chat)}
                  >
                    {t('view')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
