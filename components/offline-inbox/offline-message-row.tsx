import type { OfflineMessageDoc } from '../../utils/data/collections/offline-messages.ts';
import type { UpdateOfflineMessageRequest } from '../../utils/domain/callables.ts';
import { t } from '../../utils/i18n.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface OfflineMessageRowProps {
  message: OfflineMessageDoc;
  departmentName: (id: string) => string;
  busy: boolean;
  error: string | null;
  onAct: (action: UpdateOfflineMessageRequest['action']) => void;
}

/** The delivery log in one sentence: sent when, pending until when, failed after how many tries. */
export function deliveryText({ delivery }: Pick<OfflineMessageDoc, 'delivery'>): string {
  const tries =
    delivery.attempts === 1 ? t('deliveryOneAttempt') : t('deliveryAttempts', delivery.attempts);
  const to = delivery.to.join(', ') || t('nobody');
  switch (delivery.status) {
    case 'sent':
      return delivery.sentAt
        ? t('deliverySentAt', dateTime.format(delivery.sentAt), to)
        : t('deliverySent', to);
    case 'pending':
      return delivery.nextAttemptAt
        ? t('deliveryPendingNextTry', tries, dateTime.format(delivery.nextAttemptAt))
        : t('deliveryPending', tries);
    case 'failed':
      return t('deliveryFailed', tries);
  }
}

/** A reply opens the operator's own mail program, addressed to the visitor, quoting them. */
export function replyLink(message: Pick<OfflineMessageDoc, 'email' | 'message' | 'chatId'>) {
  const subject = message.chatId ? t('replySubjectChat') : t('replySubjectMessage');
  const quoted = message.message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `mailto:${encodeURIComponent(message.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`\n\n${quoted}`)}`;
}

/** One off-line message: who, where, what, when, its delivery log and what can be done. */
export function OfflineMessageRow({
  message,
  departmentName,
  busy,
  error,
  onAct,
}: OfflineMessageRowProps) {
  const { delivery } = message;
  const headingId = `offline-${message.id}`;
  return (
    <li
      class={`offline-message offline-message--${delivery.status}${message.handled ? ' offline-message--handled' : ''}`}
      aria-labelledby={headingId}
      data-offline-id={message.id}
    >
      <div class="row">
        <strong id={headingId}>{t('text4', message.name, message.email)}</strong>
        <span class="spacer" />
        <time dateTime={message.createdAt.toISOString()}>{dateTime.format(message.createdAt)}</time>
      </div>
      <p class="muted offline-message__page">
        {message.chatId ? t('missedChat') : t('offLineForm')} {t('on')} {message.pageUrl}
        {message.departmentId ? t('text5', departmentName(message.departmentId)) : ''}
      </p>
      <p class="offline-message__text">{message.message}</p>
      <p class="offline-message__delivery">
        <span class={`delivery-badge delivery-badge--${delivery.status}`}>{delivery.status}</span>{' '}
        {deliveryText(message)}
        {delivery.lastError && (
          <span class="offline-message__error"> {t('lastError', delivery.lastError)}</span>
        )}
      </p>
      {message.handled && (
        <p class="muted">
          {t('handledByOn', message.handled.name, dateTime.format(message.handled.at))}
        </p>
      )}
      <div class="row offline-message__actions">
        <a class="button" href={replyLink(message)}>
          {t('replyTo', message.name)}
        </a>
        {delivery.status === 'failed' && (
          <button type="button" disabled={busy} onClick={() => onAct('retry')}>
            {busy ? t('sending') : t('retryDelivery')}
          </button>
        )}
        {message.handled ? (
          <button type="button" disabled={busy} onClick={() => onAct('reopen')}>
            {t('markAsNotHandled')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => onAct('handled')}>
            {t('markHandled')}
          </button>
        )}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
