import { computed, effect, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import type { PresenceState } from '../../domain/model.ts';
import { internalChatId } from '../../domain/paths.ts';
import { transferExpiresAt, transferTimeoutMs } from '../../domain/transfer.ts';
import type { CachedCanned } from '../canned-cache.ts';
import {
  assignedToMe,
  type ChatDoc,
  chatFromData,
  offeredToMe,
  ongoingChats,
  transferredToMe,
} from '../chats.ts';
import {
  type ConversationKey,
  conversationKey,
  parseConversationKey,
} from '../conversation-key.ts';
import { type DepartmentDoc, departmentsRef } from '../departments.ts';
import {
  type InternalChatDoc,
  myInternalChats,
  openInternalChat,
  otherMember,
} from '../internal-chats.ts';
import { firestoreSender } from '../message-sender.ts';
import { type OperatorDoc, operatorsRef } from '../operators.ts';
import {
  type TeamPresence,
  teamPresenceOf,
  teamPresenceRef,
  writeMyPresence,
} from '../presence.ts';
import { writePresenceIntent } from '../presence-intent.ts';
import { recentConversations } from '../recent-conversations.ts';
import type { OperatorSession } from '../session.ts';
import { type WorkspaceDoc, workspaceRef } from '../workspace.ts';
import { bindCannedResponses } from './canned-source.ts';
import { ChatActions } from './chat-actions.ts';
import { ConversationStore } from './conversation-store.ts';
import { bindDoc, bindQuery } from './live.ts';
import { OutboxStore } from './outbox-store.ts';

const byCreated = (a: ChatDoc, b: ChatDoc) => a.createdAt.getTime() - b.createdAt.getTime();

/**
 * Everything the console shows for the signed-in operator, as signals: chats offered to me, my
 * chats, transfers to me, (admins) every ongoing chat, the team with presence, internal chats,
 * canned responses, the outbox, and one ConversationStore per open tab. Started on sign-in,
 * stopped on sign-out; pages only read signals and call the methods.
 */
export class ConsoleStore {
  readonly incoming = signal<ChatDoc[]>([]);
  readonly mine = signal<ChatDoc[]>([]);
  readonly transfersToMe = signal<ChatDoc[]>([]);
  readonly ongoing = signal<ChatDoc[]>([]);
  readonly operators = signal<OperatorDoc[]>([]);
  readonly #presenceBoard = signal<TeamPresence[] | undefined>(undefined);
  /** the team's states (the presence board: it changes only when a state does) */
  readonly presences = computed(() => this.#presenceBoard.value ?? []);
  readonly internalChats = signal<InternalChatDoc[]>([]);
  readonly canned = signal<CachedCanned[]>([]);
  readonly departments = signal<DepartmentDoc[]>([]);
  /** my workspace's settings (the transfer timeout the banners count down) */
  readonly workspace = signal<WorkspaceDoc | undefined>(undefined);
  /** true once my chats came from the network (before: painted from the local cache) */
  readonly live = signal(false);
  /** false while Firestore serves from its cache because the server is unreachable */
  readonly connected = signal(true);
  readonly error = signal<string | null>(null);
  /** conversations opened read-only (admins watching other operators' chats) */
  readonly watching = signal<ChatDoc[]>([]);
  /** internal chats opened in this panel even without messages yet */
  readonly openedInternal = signal<string[]>([]);
  /** my own presence as stored (the switch shows it) */
  readonly myPresence = computed(() =>
    this.presences.value.find((p) => p.id === this.operator.uid),
  );

  readonly outbox: OutboxStore;
  /** accept, close and transfer chats (callables) */
  readonly actions: ChatActions;
  readonly #conversations = new Map<ConversationKey, ConversationStore>();
  readonly conversationsVersion = signal(0);
  #stop: (() => void)[] = [];
  #ongoingFollowers = 0;
  #stopOngoing: (() => void) | undefined;

  constructor(
    readonly db: Firestore,
    readonly operator: OperatorSession,
  ) {
    this.outbox = new OutboxStore(operator.uid, firestoreSender(db));
    this.actions = new ChatActions(operator.workspaceId);
  }

  get isAdmin() {
    return this.operator.role === 'admin';
  }

  async start(): Promise<void> {
    // Marks for the benchmarks (scripts/bench/console-paint.ts): where the first second goes.
    performance.mark?.('parley:store-start');
    const { db, operator } = this;
    const ws = operator.workspaceId;
    const uid = operator.uid;
    // The cache paints while the listeners connect; whichever answers later never hides live data.
    void this.#paintFromCache();
    const onError = (error: Error) => {
      this.error.value = `Live updates failed: ${error.message}`;
    };
    const onFromCache = (fromCache: boolean) => {
      this.connected.value = !fromCache;
    };
    this.#stop.push(
      bindQuery(offeredToMe(db, ws, uid), this.incoming, { onError }, (c) => c.sort(byCreated)),
      bindQuery(
        assignedToMe(db, ws, uid),
        this.mine,
        {
          onError,
          onFromCache: (fromCache) => {
            if (!this.live.peek()) performance.mark?.('parley:live');
            this.live.value = true;
            onFromCache(fromCache);
          },
        },
        (c) => c.sort(byCreated),
      ),
      bindQuery(transferredToMe(db, ws, uid), this.transfersToMe, { onError }),
      bindQuery(operatorsRef(db, ws), this.operators, { onError }, (ops) =>
        ops.sort((a, b) => a.displayName.localeCompare(b.displayName)),
      ),
      bindDoc(teamPresenceRef(db, ws), this.#presenceBoard, { onError }),
      // With metadata changes: a chat I just created becomes a tab once the server has it.
      bindQuery(myInternalChats(db, ws, uid), this.internalChats, {
        onError,
        includeMetadataChanges: true,
      }),
      bindQuery(departmentsRef(db, ws), this.departments, { onError }),
      bindDoc(workspaceRef(db, ws), this.workspace, { onError }),
      bindCannedResponses(db, ws, this.canned),
    );
    this.outbox.start();
    this.#stop.push(() => this.outbox.stop(), this.#followTabs());
  }

  /**
   * Admins: the "All ongoing chats" list, live only while a screen shows it (every chat of the
   * workspace passes through it, ADR 006). Returns the function that lets go of it.
   */
  followOngoing(): () => void {
    if (!this.isAdmin) return () => {};
    if (this.#ongoingFollowers++ === 0) {
      const { db, operator } = this;
      this.#stopOngoing = bindQuery(
        ongoingChats(db, operator.workspaceId),
        this.ongoing,
        { onError: (error) => (this.error.value = `Live updates failed: ${error.message}`) },
        (c) => c.sort(byCreated),
      );
    }
    return () => {
      if (--this.#ongoingFollowers > 0) return;
      this.#stopOngoing?.();
      this.#stopOngoing = undefined;
    };
  }

  stop(): void {
    this.#stopOngoing?.();
    this.#stopOngoing = undefined;
    this.#ongoingFollowers = 0;
    for (const stop of this.#stop.splice(0)) stop();
    for (const store of this.#conversations.values()) store.stop();
    this.#conversations.clear();
  }

  /** Tabs: my chats, chats being transferred to me, chats I watch, internal chats. */
  readonly tabs = computed<ConversationKey[]>(() => {
    const ws = this.operator.workspaceId;
    const keys: ConversationKey[] = [];
    const seen = new Set<string>();
    const add = (kind: 'chat' | 'internal', id: string) => {
      const key = conversationKey({ kind, workspaceId: ws, id });
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    };
    for (const chat of this.mine.value) add('chat', chat.id);
    // A chat offered to me by transfer opens as a tab so I can read it before typing /a.
    for (const chat of this.transfersToMe.value) {
      if (chat.status === 'active' && chat.operatorId !== this.operator.uid) add('chat', chat.id);
    }
    for (const chat of this.watching.value) add('chat', chat.id);
    // The rules read the chat document to allow its messages: a listener started before the
    // server has it would be refused for good, so a chat still being created waits.
    for (const chat of this.internalChats.value) if (!chat.pending) add('internal', chat.id);
    for (const id of this.openedInternal.value) add('internal', id);
    return keys;
  });

  /** The ConversationStore of a tab (created and started on first use). */
  conversation(key: ConversationKey): ConversationStore {
    let store = this.#conversations.get(key);
    if (!store) {
      const ref = parseConversationKey(key);
      store = new ConversationStore(key, {
        db: this.db,
        uid: this.operator.uid,
        outbox: this.outbox,
        title: () => this.titleOf(key),
        chat: () => this.chatOf(key),
        onAccessLost: ref?.kind === 'chat' ? () => this.#forgetChat(ref.id) : undefined,
      });
      this.#conversations.set(key, store);
      void store.start().catch((error: Error) => {
        store!.error.value = error.message;
      });
      this.conversationsVersion.value++;
    }
    return store;
  }

  chatOf(key: ConversationKey): ChatDoc | undefined {
    const ref = parseConversationKey(key);
    if (ref?.kind !== 'chat') return undefined;
    return (
      this.mine.value.find((c) => c.id === ref.id) ??
      this.transfersToMe.value.find((c) => c.id === ref.id) ??
      this.watching.value.find((c) => c.id === ref.id) ??
      this.ongoing.value.find((c) => c.id === ref.id)
    );
  }

  operatorName(uid: string | undefined): string {
    if (!uid) return '';
    return this.operators.value.find((o) => o.id === uid)?.displayName ?? 'Operator';
  }

  titleOf(key: ConversationKey): string {
    const ref = parseConversationKey(key);
    if (!ref) return '';
    if (ref.kind === 'chat') return this.chatOf(key)?.visitor.name ?? 'Visitor';
    const chat = this.internalChats.value.find((c) => c.id === ref.id);
    const other = chat
      ? otherMember(chat, this.operator.uid)
      : ref.id.replace(this.operator.uid, '').replace('_', '');
    return this.operatorName(other);
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

  presenceOf(uid: string): PresenceState {
    return teamPresenceOf(this.presences.value, uid);
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
    return transferExpiresAt(chat.transfer, transferTimeoutMs(this.workspace.value)).getTime();
  }

  departmentName(id: string | undefined): string | undefined {
    if (!id) return undefined;
    return this.departments.value.find((d) => d.id === id)?.name ?? id;
  }

  send(key: ConversationKey, text: string) {
    return this.outbox.send(key, { uid: this.operator.uid, name: this.operator.displayName }, text);
  }

  /** Opens (creating if needed) the internal chat with another operator; returns its tab key. */
  async openInternalChat(otherUid: string): Promise<ConversationKey> {
    const ws = this.operator.workspaceId;
    const id = internalChatId(this.operator.uid, otherUid);
    if (!this.internalChats.value.some((c) => c.id === id)) {
      await openInternalChat(this.db, ws, this.operator.uid, otherUid);
    }
    if (!this.openedInternal.value.includes(id)) {
      this.openedInternal.value = [...this.openedInternal.value, id];
    }
    return conversationKey({ kind: 'internal', workspaceId: ws, id });
  }

  /** Admins: opens another operator's chat read-only as a tab. */
  watch(chat: ChatDoc): ConversationKey {
    if (!this.watching.value.some((c) => c.id === chat.id)) {
      this.watching.value = [...this.watching.value, chat];
    }
    return conversationKey({ kind: 'chat', workspaceId: this.operator.workspaceId, id: chat.id });
  }

  unwatch(chatId: string) {
    this.watching.value = this.watching.value.filter((c) => c.id !== chatId);
  }

  /** Total unread across tabs (popup and badge). */
  readonly unreadTotal = computed(() => {
    this.conversationsVersion.value;
    let total = 0;
    for (const key of this.tabs.value) total += this.#conversations.get(key)?.unread.value ?? 0;
    return total;
  });

  /** A chat whose messages I may no longer read leaves my tabs (the live lists agree later). */
  #forgetChat(id: string) {
    this.mine.value = this.mine.value.filter((chat) => chat.id !== id);
    this.transfersToMe.value = this.transfersToMe.value.filter((chat) => chat.id !== id);
    this.watching.value = this.watching.value.filter((chat) => chat.id !== id);
  }

  /** Starts a ConversationStore for every tab so unread counts stay live; stops closed ones. */
  #followTabs(): () => void {
    return effect(() => {
      const tabs = new Set(this.tabs.value);
      for (const key of tabs) this.conversation(key);
      for (const [key, store] of this.#conversations) {
        if (!tabs.has(key)) {
          store.stop();
          this.#conversations.delete(key);
          this.conversationsVersion.value++;
        }
      }
    });
  }

  /** Before the network answers, show the chats I had open last time (instant first paint). */
  async #paintFromCache(): Promise<void> {
    const rows = await recentConversations(this.operator.uid).catch(() => []);
    const cachedMine = rows
      .filter(
        (row) =>
          row.kind === 'chat' &&
          row.chat?.status === 'active' &&
          row.chat.operatorId === this.operator.uid,
      )
      .map((row) => chatFromData(row.chat!.id, row.chat as unknown as Record<string, unknown>));
    if (!this.live.value && cachedMine.length > 0) this.mine.value = cachedMine.sort(byCreated);
  }
}
