import type { ConversationMessage } from '../../../utils/data/stores/conversation-store.ts';
import { t } from '../../../utils/i18n.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface MessageItemProps {
  message: ConversationMessage;
  mine: boolean;
  onRetry?: (id: string) => void;
  onDiscard?: (id: string) => void;
}

/** One message. Text is rendered as text (Preact escapes it): a visitor can't inject markup. */
export function MessageItem({ message, mine, onRetry, onDiscard }: MessageItemProps) {
  const time = (
    <time dateTime={message.sentAt.toISOString()} title={fullFormat.format(message.sentAt)}>
      {timeFormat.format(message.sentAt)}
    </time>
  );
  if (message.kind === 'system') {
    return (
      <div class="message message--system">
        <p class="message__text">{message.text}</p> {time}
      </div>
    );
  }
  const classes = ['message', `message--${message.kind}`];
  if (mine) classes.push('message--mine');
  if (message.delivery !== 'sent') classes.push(`message--${message.delivery}`);
  return (
    <div class={classes.join(' ')}>
      <div class="message__meta">
        <span class="message__author">{mine ? t('you') : message.authorName}</span> {time}
      </div>
      <p class="message__text">{message.text}</p>
      {message.delivery === 'sending' && (
        <p class="message__status" aria-live="polite">
          {t('sending')}
        </p>
      )}
      {message.delivery === 'failed' && (
        <div class="message__status message__status--failed" role="alert">
          <span>{message.error ?? t('notSent')}</span>
          <button type="button" onClick={() => onRetry?.(message.id)}>
            {t('retry')}
          </button>
          <button type="button" onClick={() => onDiscard?.(message.id)}>
            {t('discard')}
          </button>
        </div>
      )}
    </div>
  );
}
