import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import { parseConversationKey } from '../../../utils/data/conversation-key.ts';
import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import type { DraftsStore } from '../../../utils/data/stores/drafts-store.ts';
import type { TransferCandidate } from '../../../utils/domain/transfer-target.ts';
import { t } from '../../../utils/i18n.ts';
import { BlockVisitorForm } from '../block-visitor/block-visitor.tsx';
import { ChatView } from '../chat-view/chat-view.tsx';
import { Composer } from '../composer/composer.tsx';
import { OutgoingTransferNotice } from '../transfer-banner/transfer-banner.tsx';
import { VisitorInfo } from '../visitor-info/visitor-info.tsx';

export interface ConversationPaneProps {
  store: ConsoleStore;
  drafts: DraftsStore;
  conversation: ConversationKey;
  id: string;
  /** called after this chat left my hands (closed, transferred) so the console picks another tab */
  onLeft?: () => void;
  /** move the keyboard focus into the composer as soon as it can be typed in */
  focusComposer?: boolean;
  onComposerFocused?: () => void;
}

/** One open conversation: header and actions, visitor info, transfer state, messages, composer. */
export function ConversationPane({
  store,
  drafts,
  conversation,
  id,
  onLeft,
  focusComposer,
  onComposerFocused,
}: ConversationPaneProps) {
  const ref = parseConversationKey(conversation);
  const live = store.tabs.conversation(conversation);
  const chat = store.chatOf(conversation);
  const title = store.titleOf(conversation);
  const me = store.operator;
  const [closeError, setCloseError] = useState<string | null>(null);
  const [dismissedTransfer, setDismissedTransfer] = useState<number | null>(null);
  const [blocking, setBlocking] = useState(false);

  // Looking at the conversation reads it.
  const lastId = live.server.value.at(-1)?.id;
  useEffect(() => {
    void live.markRead();
  }, [live, lastId]);

  const operators = useMemo<TransferCandidate[]>(
    () =>
      store.team.operators.value.map((o) => ({
        uid: o.id,
        displayName: o.displayName,
        email: o.email,
        active: o.active,
        presence: store.team.presenceOf(o.id),
      })),
    [store.team.operators.value, store.team.presences.value],
  );

  if (!ref) return null;
  const isChat = ref.kind === 'chat';
  const writable = store.canWrite(conversation);
  const offeredToMe = store.pendingTransferToMe(conversation);
  const notYetMine = () => {
    throw new Error(t('acceptTheTransferFirstTypeA'));
  };
  const readOnlyReason =
    writable || offeredToMe
      ? undefined
      : isChat && chat && chat.operatorId !== me.uid
        ? t(
            'viewingOperatorsChatReadOnly',
            store.team.operatorName(chat.operatorId) || t('anotherOperator'),
            chat.visitor.name,
          )
        : t('thisChatHasEnded');

  const signals = live.signals;
  const lastVisitorMessage = live.server.value.filter((m) => m.from.kind === 'visitor').at(-1);
  const visitorTyping =
    isChat && chat && signals?.visitorIsTyping(lastVisitorMessage?.sentAt.getTime() ?? null);
  // The chat's own operator blocks its visitor; an admin may block any chat's visitor.
  const mayBlock =
    isChat &&
    chat &&
    chat.status !== 'closed' &&
    chat.status !== 'missed' &&
    (writable || store.isAdmin);

  const outgoing =
    chat?.transfer && chat.transfer.from === me.uid && chat.operatorId === me.uid
      ? chat.transfer
      : undefined;
  const outgoingExpiry = chat && outgoing ? store.transferExpiry(chat) : 0;

  async function close() {
    if (!chat) return;
    setCloseError(null);
    try {
      await store.actions.closeChat(chat.id);
      onLeft?.();
    } catch (error) {
      setCloseError((error as Error).message);
    }
  }

  return (
    <section class="conversation" id={id} role="tabpanel" aria-label={t('conversationWith', title)}>
      <header class="conversation__header row">
        <h2 class="conversation__title">{title}</h2>
        {!isChat && <span class="tag">{t('teamChat')}</span>}
        <span class="spacer" />
        {mayBlock && !blocking && (
          <button type="button" onClick={() => setBlocking(true)}>
            {t('blockVisitor')}
          </button>
        )}
        {isChat && chat && writable && (
          <button type="button" class="danger" onClick={() => void close()}>
            {t('closeChat')}
          </button>
        )}
        {isChat && chat && !writable && store.tabs.watching.value.some((c) => c.id === chat.id) && (
          <button type="button" onClick={() => store.tabs.unwatch(chat.id)}>
            {t('stopViewing2')}
          </button>
        )}
      </header>
      {closeError && (
        <p class="error" role="alert">
          {closeError}
        </p>
      )}
      {isChat && chat && blocking && (
        <BlockVisitorForm
          visitorName={chat.visitor.name}
          onCancel={() => setBlocking(false)}
          onBlock={async (reason, duration) => {
            await store.actions.blockVisitor(chat.id, reason, duration);
            setBlocking(false);
            onLeft?.();
          }}
        />
      )}
      {isChat && chat && (
        <VisitorInfo
          context={signals?.context.data.value}
          chat={chat}
          departmentName={store.team.departmentName(chat.departmentId)}
          earlierChats={() => store.history.visitorHistory(chat.visitor)}
          onOpenEarlier={(row) => store.history.reveal(row)}
        />
      )}
      {outgoing && dismissedTransfer !== outgoing.requestedAt.getTime() && (
        <OutgoingTransferNotice
          toName={store.team.operatorName(outgoing.to)}
          expiresAt={outgoingExpiry}
          onCancel={async () => {
            if (Date.now() < outgoingExpiry) await store.actions.declineTransfer(chat!.id);
            setDismissedTransfer(outgoing.requestedAt.getTime());
          }}
        />
      )}
      <ChatView
        label={t('messagesWith', title)}
        messages={live.messages.value}
        selfUid={me.uid}
        emptyText={isChat ? t('sayHelloTo', title) : t('startTheConversationWith', title)}
        onRetry={(messageId) => void store.outbox.retry(messageId)}
        onDiscard={(messageId) => void store.outbox.discard(messageId)}
      />
      {isChat && (
        // Always present, so a screen reader announces the change once, politely.
        <p class="typing-indicator" aria-live="polite">
          {visitorTyping ? t('isTyping', chat?.visitor.name) : ''}
        </p>
      )}
      {live.error.value && (
        <p class="error" role="alert">
          {live.error.value}
        </p>
      )}
      <Composer
        id={`${id}-composer`}
        label={t('messageTo', title)}
        value={drafts.draft(conversation).value}
        onInput={(text) => {
          drafts.set(conversation, text);
          if (writable && text.trim()) signals?.keystroke();
        }}
        commands={isChat}
        readOnlyReason={readOnlyReason}
        focus={focusComposer}
        onFocused={onComposerFocused}
        context={{
          canned: store.team.canned.value,
          operators,
          selfUid: me.uid,
          selfName: me.displayName,
          visitorName: chat?.visitor.name,
        }}
        onSend={
          offeredToMe
            ? notYetMine
            : (text) => {
                signals?.sent();
                return store.send(conversation, text);
              }
        }
        onTransfer={
          offeredToMe
            ? async () => notYetMine()
            : chat
              ? async (operator) => {
                  await store.actions.requestTransfer(chat.id, operator.displayName);
                }
              : undefined
        }
        onAcceptTransfer={async () => {
          await store.actions.acceptTransfer(offeredToMe?.id);
        }}
      />
    </section>
  );
}
