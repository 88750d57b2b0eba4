import { computed, effect, signal, untracked } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { recordChatViewed } from '../collections/audit-log.ts';
import type { ChatDoc } from '../collections/chats.ts';
import {
  type ConversationKey,
  conversationKey,
  parseConversationKey,
} from '../conversation-key.ts';
import type { OperatorSession } from '../session.ts';
import type { ChatListsStore } from './chat-lists-store.ts';
import { ConversationStore } from './conversation-store.ts';
import type { OutboxStore } from './outbox-store.ts';

export interface TabsContext {
  db: Firestore;
  operator: OperatorSession;
  lists: ChatListsStore;
  outbox: OutboxStore;
  titleOf: (key: ConversationKey) => string;
  chatOf: (key: ConversationKey) => ChatDoc | undefined;
}

/**
 * The open tabs and their conversations: my chats, chats being transferred to me, chats I watch
 * and internal chats, each with a live ConversationStore (so unread counts stay live) that stops
 * when its tab goes.
 */
export class TabsStore {
  /** conversations opened read-only (admins watching other operators' chats) */
  readonly watching = signal<ChatDoc[]>([]);
  /** internal chats opened in this panel even without messages yet */
  readonly openedInternal = signal<string[]>([]);
  /** the running conversation of every tab */
  readonly conversations = signal<ReadonlyMap<ConversationKey, ConversationStore>>(new Map());

  constructor(private readonly context: TabsContext) {}

  readonly keys = computed<ConversationKey[]>(() => {
    const { lists, operator } = this.context;
    const keys = new Set<ConversationKey>();
    const add = (kind: 'chat' | 'internal', id: string) =>
      keys.add(conversationKey({ kind, workspaceId: operator.workspaceId, id }));
    for (const chat of lists.mine.value) add('chat', chat.id);
    // A chat offered to me by transfer opens as a tab so I can read it before typing /a.
    for (const chat of lists.transfersToMe.value) {
      if (chat.status === 'active' && chat.operatorId !== operator.uid) add('chat', chat.id);
    }
    for (const chat of this.watching.value) add('chat', chat.id);
    // The rules read the chat document to allow its messages: a listener started before the
    // server has it would be refused for good, so a chat still being created waits.
    for (const chat of lists.internalChats.value) if (!chat.pending) add('internal', chat.id);
    for (const id of this.openedInternal.value) add('internal', id);
    return [...keys];
  });

  /** Total unread across tabs (popup and badge). */
  readonly unreadTotal = computed(() => {
    let total = 0;
    for (const store of this.conversations.value.values()) total += store.unread.value;
    return total;
  });

  /** The ConversationStore of a tab (created and started on first use). */
  conversation(key: ConversationKey): ConversationStore {
    const running = this.conversations.peek().get(key);
    if (running) return running;
    const { db, operator, outbox } = this.context;
    const ref = parseConversationKey(key);
    const store = new ConversationStore(key, {
      db,
      uid: operator.uid,
      outbox,
      title: () => this.context.titleOf(key),
      chat: () => this.context.chatOf(key),
      selfName: () => operator.displayName,
      onAccessLost: ref?.kind === 'chat' ? () => this.#forgetChat(ref.id) : undefined,
    });
    this.conversations.value = new Map([...this.conversations.peek(), [key, store]]);
    void store.start().catch((error: Error) => {
      store.error.value = error.message;
    });
    return store;
  }

  /** Admins: opens another operator's chat read-only as a tab, on the audit log. */
  watch(chat: ChatDoc): ConversationKey {
    if (!this.watching.value.some((c) => c.id === chat.id)) {
      this.watching.value = [...this.watching.value, chat];
      const { db, operator } = this.context;
      recordChatViewed({ db, workspaceId: operator.workspaceId, uid: operator.uid }, chat).catch(
        (error) =>
          console.warn('Parley: the audit entry for viewing a chat was not written', error),
      );
    }
    return conversationKey({
      kind: 'chat',
      workspaceId: this.context.operator.workspaceId,
      id: chat.id,
    });
  }

  unwatch(chatId: string) {
    this.watching.value = this.watching.value.filter((c) => c.id !== chatId);
  }

  openInternal(id: string): ConversationKey {
    if (!this.openedInternal.value.includes(id)) {
      this.openedInternal.value = [...this.openedInternal.value, id];
    }
    return conversationKey({
      kind: 'internal',
      workspaceId: this.context.operator.workspaceId,
      id,
    });
  }

  /** Starts a ConversationStore for every tab; stops those whose tab closed. */
  follow(): () => void {
    const stopFollowing = effect(() => {
      const keys = new Set(this.keys.value);
      untracked(() => {
        for (const key of keys) this.conversation(key);
      });
      const running = this.conversations.peek();
      const closed = [...running.keys()].filter((key) => !keys.has(key));
      if (closed.length === 0) return;
      for (const key of closed) running.get(key)?.stop();
      this.conversations.value = new Map([...running].filter(([key]) => keys.has(key)));
    });
    return () => {
      stopFollowing();
      for (const store of this.conversations.peek().values()) store.stop();
      this.conversations.value = new Map();
    };
  }

  #forgetChat(id: string) {
    this.context.lists.forget(id);
    this.unwatch(id);
  }
}
