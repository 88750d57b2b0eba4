import { useEffect, useRef } from 'preact/hooks';
import type { MessageView } from '../data/types.ts';

interface MessageListProps {
  messages: MessageView[];
  /** The visitor's uid: their own messages are drawn on the other side. */
  selfUid: string | null;
}

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

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
    <div class="messages" role="log" aria-live="polite" aria-label="Conversation">
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
              <span class="author">{own ? 'You' : name || 'Operator'}</span>
              <p class="text" dir="auto">
                {message.text}
              </p>
              {message.sentAt && (
                <time class="time" dateTime={message.sentAt.toISOString()}>
                  {message.pending ? 'sending…' : time.format(message.sentAt)}
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
