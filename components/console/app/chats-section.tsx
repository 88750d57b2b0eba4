import { useEffect, useState } from 'preact/hooks';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import type { DraftsStore } from '../../../utils/data/stores/drafts-store.ts';
import { t } from '../../../utils/i18n.ts';
import { shownConversation } from '../announcer/announcer.ts';
import { type ChatTab, ChatTabs } from '../chat-tabs/chat-tabs.tsx';
import { ConversationPane } from '../conversation/conversation-pane.tsx';
import { IncomingChats } from '../incoming-chats/incoming-chats.tsx';
import { IncomingTransferBanner } from '../transfer-banner/transfer-banner.tsx';

export interface ChatsSectionProps {
  store: ConsoleStore;
  drafts: DraftsStore;
  selected: ConversationKey | null;
  onSelect: (key: ConversationKey | null) => void;
}

const PANEL_ID = 'conversation-panel';

/** Transfers offered to me, incoming chats, my conversation tabs and the selected conversation. */
export function ChatsSection({ store, drafts, selected, onSelect }: ChatsSectionProps) {
  // A chat just accepted: its composer takes the focus once it shows, so a keyboard user goes on
  // typing there instead of starting again from the top of the page (the Accept button is gone).
  const [composerToFocus, setComposerToFocus] = useState<ConversationKey | null>(null);
  const openAccepted = (key: ConversationKey) => {
    onSelect(key);
    setComposerToFocus(key);
  };
  const keys = store.tabs.keys.value;
  const tabs: ChatTab[] = keys.map((key) => {
    const chat = store.chatOf(key);
    return {
      key,
      title: store.titleOf(key),
      unread: key === selected ? 0 : store.tabs.conversation(key).unread.value,
      kind: key.startsWith('internal:') ? 'internal' : 'chat',
      readOnly: !!chat && !store.canWrite(key) && !store.pendingTransferToMe(key),
    };
  });
  const current = selected && keys.includes(selected) ? selected : (keys[0] ?? null);
  useEffect(() => {
    shownConversation.value = current;
    return () => {
      shownConversation.value = null;
    };
  }, [current]);
  const transfers = store.lists.transfersToMe.value.filter(
    (chat) => chat.operatorId !== store.operator.uid,
  );

  return (
    <div class="chats-section">
      {transfers.map((chat) => (
        <IncomingTransferBanner
          key={`${chat.id}-${chat.transfer?.requestedAt.getTime()}`}
          chat={chat}
          fromName={store.team.operatorName(chat.transfer?.from)}
          expiresAt={store.transferExpiry(chat)}
          onAccept={async () => openAccepted(await store.actions.acceptTransfer(chat.id))}
          onDecline={() => store.actions.declineTransfer(chat.id)}
        />
      ))}
      <IncomingChats
        chats={store.lists.incoming.value}
        departmentName={(id) => store.team.departmentName(id)}
        onAccept={async (chatId) => openAccepted(await store.actions.acceptChat(chatId))}
      />
      <ChatTabs
        tabs={tabs}
        selected={current}
        onSelect={onSelect}
        panelId={PANEL_ID}
        onClose={(key) => {
          const chat = store.chatOf(key);
          if (chat) store.tabs.unwatch(chat.id);
        }}
      />
      {current ? (
        <ConversationPane
          key={current}
          id={PANEL_ID}
          store={store}
          drafts={drafts}
          conversation={current}
          focusComposer={composerToFocus === current}
          onComposerFocused={() => setComposerToFocus(null)}
          onLeft={() => onSelect(null)}
        />
      ) : (
        store.lists.incoming.value.length === 0 &&
        transfers.length === 0 && (
          <p class="empty">
            {store.myPresence.value?.state === 'online'
              ? t('noChatsRightNowNewChats')
              : t('noChatsSetYourselfOnlineTo')}
          </p>
        )
      )}
    </div>
  );
}
