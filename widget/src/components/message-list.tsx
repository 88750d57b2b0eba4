import { useEffect, useRef } from 'preact/hooks';
import type { MessageView } from '../data/types.ts';
import { language, t } from '../i18n/index.ts';

let formatter: { language: string; format: Intl.DateTimeFormat } | undefined;
/** Times in the widget's language (the page's own language may differ). */
function timeFormat(): Intl.DateTimeFormat {
  if (formatter?.language !== language()) {
    formatter = {
      language: language(),
      format: new Intl.DateTimeFormat(language(), { hour: 'numeric', minute: '2-digit' }),
    };
  }
  return formatter.format;
}

interface MessageListProps {
  messages: MessageView[];
  /** The visitor's uid: their own messages are drawn on the other side. */
  selfUid: string | null;
}

/**
 * The conversation, oldest first. Every text is rendered as a text node (never as HTML), with
 * dir="auto" so right-to-left messages read correctly, and wraps however long it is.
 */
export function MessageList({ messages, selfUid }: MessageListProps) {
  const end = useRef<HTMLLIElement>(null);
  const count = messages.length;
  useEffect(() => {
    // scrollIntoView is absent in some test DOMs
    if (count) end.current?.scrollIntoView?.({ block: 'end' });
  }, [count]);

  return (
    // Focusable, so a keyboard user can scroll back through the conversation (it scrolls itself).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled by keys
    <div class="messages" role="log" aria-live="polite" aria-label={t().conversation} tabIndex={0}>
      <ol class="message-list">
        {messages.map((message) => {
          const { kind, name, uid } = message.from;
          if (kind === 'system') {
            return (
              <li key={message.id} class="message system">
                <span dir="auto">{message.text}</span>
              </li>
            );
          }
          const own = kind === 'visitor' && (!selfUid || uid === selfUid);
          return (
            <li
              key={message.id}
              class={`message ${own ? 'own' : kind}${message.pending ? ' pending' : ''}`}
            >
              <span class="author">{own ? t().you : name || t().operator}</span>
              <p class="text" dir="auto">
                {message.text}
              </p>
              {message.sentAt && (
                <time class="time" dateTime={message.sentAt.toISOString()}>
                  {message.pending ? t().sending : timeFormat().format(message.sentAt)}
                </time>
              )}
            </li>
          );
        })}
        <li ref={end} class="end" aria-hidden="true" />
      </ol>
    </div>
  );
}
