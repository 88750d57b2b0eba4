import { computed, effect } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import type { PresenceState } from '../../domain/model.ts';
import { internalChatId } from '../../domain/paths.ts';
import { transferExpiresAt, transferTimeoutMs } from '../../domain/transfer.ts';
import type { ChatDoc } from '../collections/chats.ts';
import { openInternalChat, otherMember } from '../collections/internal-chats.ts';
import { writeMyPresence } from '../collections/presence.ts';
import { type ConversationKey, parseConversationKey } from '../conversation-key.ts';
import { localHistoryCache } from '../history-cache.ts';
import { firestoreSender } from '../message-sender.ts';
import { writePresenceIntent } from '../presence-intent.ts';
import type { OperatorSession } from '../session.ts';
import { ChatActions } from './chat-actions.ts';
import { ChatListsStore } from './chat-lists-store.ts';
import type { HubClient, HubState } from './console-hub.ts';
import { HistoryStore } from './history-store.ts';
import { OutboxStore } from './outbox-store.ts';
import { TabsStore } from './tabs-store.ts';
import { TeamStore } from './team-store.ts';

/**
 * Everything the console shows for the signed-in operator: the team, the chat lists, the open
 * tabs with their conversations, the outbox and the chat actions, each a store with one job.
 * The background binds the team and the lists to Firestore itself (`start()`); the side panel
 * takes them from the background's hub (`start(hub)`) and listens only to its tabs' messages.
 */
export class ConsoleStore {
  readonly team = new TeamStore();
  readonly lists: ChatListsStore;
  readonly tabs: TabsStore;
  readonly outbox: OutboxStore;
  /** accept, close and transfer chats (callables) */
  readonly actions: ChatActions;
  /** chats that are over: the History section and Visitor info's earlier chats */
  readonly history: HistoryStore;
  #stop: (() => void)[] = [];

  constructor(
    readonly db: Firestore,
    readonly operator: OperatorSession,
  ) {
    this.outbox = new OutboxStore(operator.uid, firestoreSender(db));
    this.actions = new ChatActions(operator.workspaceId);
    this.history = new HistoryStore(
      db,
      operator.workspaceId,
      operator,
      localHistoryCache(operator.workspaceId, operator),
    );
    this.lists = new ChatListsStore(operator);
    this.tabs = new TabsStore({
      db,
      operator,
      lists: this.lists,
      outbox: this.outbox,
      titleOf: (key) => this.titleOf(key),
      chatOf: (key) => this.chatOf(key),
    });
  }

  get isAdmin() {
    return this.operator.role === 'admin';
  }

  /** my own presence as stored (the switch shows it) */
  readonly myPresence = computed(() =>
    this.team.presences.value.find((p) => p.id === this.operator.uid),
  );

  /** the first thing that went wrong with the live data, as a sentence */
  readonly error = computed(() => this.lists.error.value ?? this.team.error.value);

  /** Starts the store: from Firestore, or (pages) from the hub's snapshots. */
  async start(hub?: HubClient): Promise<void> {
    // Marks for the benchmarks (scripts/bench/console-paint.ts): where the first second goes.
    performance.mark?.('parley:store-start');
    if (hub) {
      void this.lists.paintFromCache();
      this.#stop.push(effect(() => this.#apply(hub.state.value)));
    } else {
      this.#stop.push(
        this.team.bindLive(this.db, this.operator.workspaceId),
        this.lists.bindLive(this.db),
      );
    }
    this.outbox.start();
    this.#stop.push(() => this.outbox.stop(), this.tabs.follow());
  }

  stop(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** What the hub sends the pages about this operator. */
  hubState(): HubState {
    return {
      status: 'signed-in',
      operator: this.operator,
      team: this.team.snapshot(),
      lists: this.lists.snapshot(),
      unread: this.tabs.unreadTotal.value,
      myPresence: this.myPresence.value?.state ?? 'offline',
    };
  }

  #apply(state: HubState | null) {
    if (state?.status !== 'signed-in' || state.operator.uid !== this.operator.uid) return;
    this.team.apply(state.team);
    this.lists.apply(state.lists);
  }

  chatOf(key: ConversationKey): ChatDoc | undefined {
    const ref = parseConversationKey(key);
    if (ref?.kind !== 'chat') return undefined;
    return this.lists.find(ref.id) ?? this.tabs.watching.value.find((c) => c.id === ref.id);
  }

  titleOf(key: ConversationKey): string {
    const ref = parseConversationKey(key);
    if (!ref) return '';
    if (ref.kind === 'chat') return this.chatOf(key)?.visitor.name ?? 'Visitor';
    const chat = this.lists.internalChats.value.find((c) => c.id === ref.id);
    const other = chat
      ? otherMember(chat, this.operator.uid)
      : ref.id.replace(this.operator.uid, '').replace('_', '');
    return this.team.operatorName(other);
  }

  /** A chat someone asked me to take over that isn't mine yet. */
  pendingTransferToMe(key: ConversationKey): ChatDoc | undefined {
    const chat = this.chatOf(key);
    return chat?.transfer?.to === this.operator.uid && chat.operatorId !== this.operator.uid
      ? chat
      : undefined;
  }

  /** Whether I may write in the conversation (admins watching someone else's chat may not). */
  canWrite(key: ConversationKey): boolean {
    const ref = parseConversationKey(key);
    if (!ref) return false;
    if (ref.kind === 'internal') return true;
    const chat = this.chatOf(key);
    return chat?.status === 'active' && chat.operatorId === this.operator.uid;
  }

  /** The operator flips the switch: remembered for the heartbeat, written at once for the team. */
  async setPresence(state: PresenceState, autoAway = false): Promise<void> {
    await writePresenceIntent(this.operator.uid, state, autoAway);
    await writeMyPresence(this.db, this.operator.workspaceId, this.operator.uid, state);
  }

  /**
   * When a chat's pending transfer lapses (ms): what requestTransfer answered when I sent it,
   * else its request time plus my workspace's transfer timeout.
   */
  transferExpiry(chat: ChatDoc): number {
    const answered = this.actions.transferExpiry.value[chat.id];
    if (answered !== undefined) return answered;
    if (!chat.transfer) return 0;
    return transferExpiresAt(chat.transfer, transferTimeoutMs(this.team.workspace.value)).getTime();
  }

  send(key: ConversationKey, text: string) {
    return this.outbox.send(key, { uid: this.operator.uid, name: this.operator.displayName }, text);
  }

  /** Opens (creating if needed) the internal chat with another operator; returns its tab key. */
  async openInternalChat(otherUid: string): Promise<ConversationKey> {
    const id = internalChatId(this.operator.uid, otherUid);
    if (!this.lists.internalChats.value.some((c) => c.id === id)) {
      await openInternalChat(this.db, this.operator.workspaceId, this.operator.uid, otherUid);
    }
    return this.tabs.openInternal(id);
  }
}
