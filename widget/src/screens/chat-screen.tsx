import { Composer } from '../components/composer.tsx';
import { EmailTranscript } from '../components/email-transcript.tsx';
import { FormError } from '../components/field.tsx';
import { MessageList } from '../components/message-list.tsx';
import { RateChat } from '../components/rate-chat.tsx';
import type { ChatRating, ChatView, MessageView, QueueView } from '../data/types.ts';
import { t } from '../i18n/index.ts';

interface ChatScreenProps {
  chat: ChatView;
  messages: MessageView[];
  selfUid: string | null;
  operatorName: string | null;
  /** who of the operators is typing now (ADR 010), or null */
  typingName?: string | null;
  busy: boolean;
  error: string | null;
  onSend: (text: string) => Promise<boolean>;
  onEnd: () => void;
  onRate: (rating: ChatRating, comment: string) => void;
  transcriptMail: { email: string; sent: boolean } | null;
  visitorEmail: string;
  onEmailTranscript: (email: string) => void;
  onNewChat: () => void;
  /** Where the chat waits in the queue, while it does (ADR 008). */
  queue?: QueueView | null;
  onLeaveMessage?: () => void;
  /** The unsent text as it is typed (kept when the visitor leaves a message instead). */
  onTyping?: (text: string) => void;
}

/**
 * The conversation: the waiting state while the chat is queued (the visitor may already type),
 * then who joined, the messages and system notes, and "End chat"; once closed, a way to start over.
 */
export function ChatScreen(props: ChatScreenProps) {
  const { chat, messages, selfUid, operatorName, busy, error } = props;
  const closed = chat.status === 'closed' || chat.status === 'missed';
  return (
    <section class="screen chat" aria-label={t().chat}>
      {chat.waiting ? (
        <QueueStatus queue={props.queue ?? null} />
      ) : (
        <ChatStatusLine status={chat.status} operatorName={operatorName} />
      )}
      <MessageList messages={messages} selfUid={selfUid} />
      {/* Always present, so screen readers announce the change politely and only once. */}
      <p class="typing" aria-live="polite">
        {!closed && props.typingName ? t().typing(props.typingName) : ''}
      </p>
      <FormError message={error} />
      {closed ? (
        <div class="chat-ended">
          <p role="status">{t().ended}</p>
          {chat.status === 'closed' && (
            <>
              <RateChat rated={chat.rating} busy={busy} onRate={props.onRate} />
              <EmailTranscript
                mailed={props.transcriptMail}
                initialEmail={props.visitorEmail}
                busy={busy}
                onSend={props.onEmailTranscript}
              />
            </>
          )}
          <button type="button" class="primary" onClick={props.onNewChat}>
            {t().newChat}
          </button>
        </div>
      ) : (
        <>
          <Composer disabled={busy} onSend={props.onSend} onInput={props.onTyping} />
          {chat.status === 'queued' && props.onLeaveMessage && (
            <button
              type="button"
              class="link leave-message"
              onClick={props.onLeaveMessage}
              disabled={busy}
            >
              {t().leaveMessageInstead}
            </button>
          )}
          <button type="button" class="link end-chat" onClick={props.onEnd} disabled={busy}>
            {t().endChat}
          </button>
        </>
      )}
    </section>
  );
}

/** The waiting visitor's place and an honest estimate (none until there is a history). */
function QueueStatus({ queue }: { queue: QueueView | null }) {
  const wait = queue?.estimatedWaitSeconds;
  return (
    <div class="chat-status waiting queue" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>
        {queue ? t().queuePosition(queue.position) : t().waiting}{' '}
        {queue &&
          (wait != null ? t().queueWait(Math.max(1, Math.round(wait / 60))) : t().queueNoEstimate)}
      </p>
    </div>
  );
}

function ChatStatusLine({
  status,
  operatorName,
}: {
  status: ChatView['status'];
  operatorName: string | null;
}) {
  if (status === 'queued') {
    return (
      <p class="chat-status waiting" role="status">
        <span class="spinner" aria-hidden="true" />
        {t().waiting}
      </p>
    );
  }
  if (status === 'active') {
    return (
      <p class="chat-status joined" role="status">
        {operatorName ? (
          <>
            {t().chattingWith} <strong dir="auto">{operatorName}</strong>
          </>
        ) : (
          t().operatorJoined
        )}
      </p>
    );
  }
  return null;
}
