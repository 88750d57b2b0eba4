import { computed, effect, type Signal, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { t } from '../../i18n.ts';
import {
  assignedToMe,
  type ChatDoc,
  chatFromData,
  offeredToMe,
  ongoingChats,
  transferredToMe,
} from '../collections/chats.ts';
import { type InternalChatDoc, myInternalChats } from '../collections/internal-chats.ts';
import { LiveList } from '../live.ts';
import { recentConversations } from '../recent-conversations.ts';
import type { OperatorSession } from '../session.ts';

const byCreated = (a: ChatDoc, b: ChatDoc) => a.createdAt.getTime() - b.createdAt.getTime();

/** What the chat lists hold, as plain data (the hub sends it to the pages as it is). */
export interface ChatListsData {
  incoming: ChatDoc[];
  mine: ChatDoc[];
  transfersToMe: ChatDoc[];
  ongoing: ChatDoc[];
  internalChats: InternalChatDoc[];
  live: boolean;
  connected: boolean;
  error: string | null;
}

/**
 * The operator's chat lists as signals: offered to me, mine, transferred to me, (admins) every
 * ongoing chat, and my internal chats. Filled live from Firestore (the background) or from the
 * hub's snapshots (the pages); `mine` is painted from the local cache until either answers.
 */
export class ChatListsStore {
  readonly #incoming = signal<ChatDoc[]>([]);
  readonly #mine = signal<ChatDoc[]>([]);
  readonly #transfersToMe = signal<ChatDoc[]>([]);
  readonly #ongoing = signal<ChatDoc[]>([]);
  readonly internalChats = signal<InternalChatDoc[]>([]);
  /** true once my chats came from the network (before: painted from the local cache) */
  readonly live = signal(false);
  /** false while Firestore serves from its cache because the server is unreachable */
  readonly connected = signal(true);
  readonly error = signal<string | null>(null);
  /** chats whose messages the rules refused me: hidden until the lists agree they are gone */
  readonly #forgotten = signal<ReadonlySet<string>>(new Set());

  readonly incoming = this.#without(this.#incoming);
  readonly mine = this.#without(this.#mine);
  readonly transfersToMe = this.#without(this.#transfersToMe);
  readonly ongoing = this.#without(this.#ongoing);

  constructor(readonly operator: OperatorSession) {}

  /** Binds every list to its Firestore listener; returns the stop function. */
  bindLive(db: Firestore): () => void {
    const { workspaceId: ws, uid } = this.operator;
    const lists: [LiveList<ChatDoc>, Signal<ChatDoc[]>][] = [
      [
        new LiveList(t('liveChatsOfferedToYou'), () => offeredToMe(db, ws, uid), {
          order: byCreated,
        }),
        this.#incoming,
      ],
      [
        new LiveList(t('liveYourChats'), () => assignedToMe(db, ws, uid), { order: byCreated }),
        this.#mine,
      ],
      [
        new LiveList(t('liveTransfersToYou'), () => transferredToMe(db, ws, uid)),
        this.#transfersToMe,
      ],
    ];
    if (this.operator.role === 'admin') {
      lists.push([
        new LiveList(t('liveOngoingChats'), () => ongoingChats(db, ws), { order: byCreated }),
        this.#ongoing,
      ]);
    }
    // With metadata changes: a chat I just created becomes a tab once the server has it.
    const internal = new LiveList(t('liveYourInternalChats'), () => myInternalChats(db, ws, uid), {
      includeMetadataChanges: true,
    });
    const mine = lists[1]![0];
    const sources = [...lists.map(([source]) => source), internal];
    const stops = [
      ...sources.map((source) => source.retain()),
      effect(() => {
        for (const [source, target] of lists) target.value = source.items.value;
        this.internalChats.value = internal.items.value;
        this.#pruneForgotten();
      }),
      effect(() => {
        if (mine.status.value !== 'ready') return;
        if (!this.live.peek()) performance.mark?.('parley:live');
        this.live.value = true;
        this.connected.value = !mine.fromCache.value;
      }),
      effect(() => {
        this.error.value = sources.find((s) => s.error.value)?.error.value ?? null;
      }),
    ];
    void this.paintFromCache();
    return () => {
      for (const stop of stops) stop();
    };
  }

  snapshot(): ChatListsData {
    return {
      incoming: this.#incoming.value,
      mine: this.#mine.value,
      transfersToMe: this.#transfersToMe.value,
      ongoing: this.#ongoing.value,
      internalChats: this.internalChats.value,
      live: this.live.value,
      connected: this.connected.value,
      error: this.error.value,
    };
  }

  apply(data: ChatListsData): void {
    this.#incoming.value = data.incoming;
    this.#transfersToMe.value = data.transfersToMe;
    this.#ongoing.value = data.ongoing;
    this.internalChats.value = data.internalChats;
    this.connected.value = data.connected;
    this.error.value = data.error;
    // The cached paint stays until the lists are live.
    if (data.live) {
      this.#mine.value = data.mine;
      if (!this.live.peek()) performance.mark?.('parley:live');
      this.live.value = true;
    }
    this.#pruneForgotten();
  }

  /** A chat whose messages I may no longer read leaves the lists (the live lists agree later). */
  forget(chatId: string): void {
    // Already gone from the lists: nothing to hide, and hiding it would also hide its return (a
    // chat transferred away and back).
    if (!this.#present().has(chatId)) return;
    this.#forgotten.value = new Set([...this.#forgotten.peek(), chatId]);
  }

  #present(): Set<string> {
    const lists = [this.#mine, this.#transfersToMe, this.#incoming];
    return new Set(lists.flatMap((list) => list.peek().map((c) => c.id)));
  }

  /** A forgotten chat stays hidden only until the lists agree it is gone, live or from the hub. */
  #pruneForgotten(): void {
    const present = this.#present();
    const hidden = this.#forgotten.peek();
    const forgotten = [...hidden].filter((id) => present.has(id));
    if (forgotten.length !== hidden.size) this.#forgotten.value = new Set(forgotten);
  }

  /** Any list's copy of a chat. */
  find(chatId: string): ChatDoc | undefined {
    return (
      this.mine.value.find((c) => c.id === chatId) ??
      this.transfersToMe.value.find((c) => c.id === chatId) ??
      this.ongoing.value.find((c) => c.id === chatId)
    );
  }

  #without(list: Signal<ChatDoc[]>) {
    return computed(() => {
      const forgotten = this.#forgotten.value;
      return forgotten.size === 0 ? list.value : list.value.filter((c) => !forgotten.has(c.id));
    });
  }

  /**
   * Before the network (or the hub) answers, show the chats I had open last time: instant first
   * paint. Whichever answers later never hides live data.
   */
  async paintFromCache(): Promise<void> {
    const uid = this.operator.uid;
    const rows = await recentConversations(uid).catch(() => []);
    const cachedMine = rows
      .filter(
        (row) =>
          row.kind === 'chat' && row.chat?.status === 'active' && row.chat.operatorId === uid,
      )
      .map((row) => chatFromData(row.chat!.id, row.chat as unknown as Record<string, unknown>));
    if (!this.live.value && cachedMine.length > 0) this.#mine.value = cachedMine.sort(byCreated);
  }
}
