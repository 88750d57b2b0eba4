import type { OfflineMessageDoc } from '../../utils/data/collections/offline-messages.ts';
import type { UpdateOfflineMessageRequest } from '../../utils/domain/callables.ts';

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
  const tries = `${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'}`;
  switch (delivery.status) {
    case 'sent':
      return `Sent${delivery.sentAt ? ` ${dateTime.format(delivery.sentAt)}` : ''} to ${delivery.to.join(', ') || 'nobody'}`;
    case 'pending':
      return `Pending after ${tries}${delivery.nextAttemptAt ? `, next try ${dateTime.format(delivery.nextAttemptAt)}` : ''}`;
    case 'failed':
      return `Failed after ${tries}`;
  }
}

/** A reply opens the operator's own mail program, addressed to the visitor, quoting them. */
export function replyLink(message: Pick<OfflineMessageDoc, 'email' | 'message' | 'chatId'>) {
  const subject = message.chatId ? 'Re: your chat with us' : 'Re: your message';
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
        <strong id={headingId}>
          {message.name} &lt;{message.email}&gt;
        </strong>
        <span class="spacer" />
        <time dateTime={message.createdAt.toISOString()}>{dateTime.format(message.createdAt)}</time>
      </div>
      <p class="muted offline-message__page">
        {message.chatId ? 'Missed chat' : 'Off-line form'} on {message.pageUrl}
        {message.departmentId ? ` · ${departmentName(message.departmentId)}` : ''}
      </p>
      <p class="offline-message__text">{message.message}</p>
      <p class="offline-message__delivery">
        <span class={`delivery-badge delivery-badge--${delivery.status}`}>{delivery.status}</span>{' '}
        {deliveryText(message)}
        {delivery.lastError && (
          <span class="offline-message__error"> · Last error: {delivery.lastError}</span>
        )}
      </p>
      {message.handled && (
        <p class="muted">
          Handled by {message.handled.name} on {dateTime.format(message.handled.at)}
        </p>
      )}
      <div class="row offline-message__actions">
        <a class="button" href={replyLink(message)}>
          Reply to {message.name}
        </a>
        {delivery.status === 'failed' && (
          <button type="button" disabled={busy} onClick={() => onAct('retry')}>
            {busy ? 'Sending…' : 'Retry delivery'}
          </button>
        )}
        {message.handled ? (
          <button type="button" disabled={busy} onClick={() => onAct('reopen')}>
            Mark as not handled
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => onAct('handled')}>
            Mark handled
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
