import { computed, effect, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { t } from '../../i18n.ts';
import { chatMessagesQuery } from '../collections/chat-messages.ts';
import type { ChatDoc } from '../collections/chats.ts';
import { type InternalMessageDoc, internalMessagesQuery } from '../collections/internal-chats.ts';
import { type ConversationKey, parseConversationKey } from '../conversation-key.ts';
import { LiveList } from '../live.ts';
import type { CachedMessage } from '../local-db.ts';
import { countUnread, markRead, readMark } from '../read-marks.ts';
import { cachedConversation, rememberConversation } from '../recent-conversations.ts';
import { indexMessages } from '../search-index.ts';
import { ChatSignals } from './chat-signals.ts';
import type { OutboxStore } from './outbox-store.ts';

/** One line of a conversation as the chat view renders it. */
export interface ConversationMessage {
  id: string;
  kind: 'visitor' | 'operator' | 'system';
  authorUid?: string;
  authorName: string;
  text: string;
  sentAt: Date;
  /** sent = on the server; sending = typed here, not acknowledged yet; failed = refused */
  delivery: 'sent' | 'sending' | 'failed';
  error?: string;
}

interface ServerMessage extends CachedMessage {
  pending?: boolean;
}

const CACHE_DEBOUNCE_MS = 400;

/** An internal message in the shape of a chat's (always from an operator). */
function asServer(m: InternalMessageDoc | ServerMessage): ServerMessage {
  if ('kind' in m.from) return m as ServerMessage;
  return {
    id: m.id,
    from: { kind: 'operator', uid: m.from.uid, name: m.from.name },
    text: m.text,
    sentAt: m.sentAt,
    pending: m.pending,
  };
}

export interface ConversationContext {
  db: Firestore;
  uid: string;
  outbox: OutboxStore;
  /** the tab title (visitor name, other operator's name) */
  title: () => string;
  /** the chat document, for visitor chats (cached for an instant first paint) */
  chat?: () => ChatDoc | undefined;
  /**
   * The rules refused the messages: the conversation is no longer mine (transferred, closed by
   * an admin). The owner drops the tab at once instead of waiting for its chat list to say so.
   */
  onAccessLost?: () => void;
  /** my name as the visitor sees it, for my typing signal (visitor chats) */
  selfName?: () => string;
}

/**
 * The live messages of one conversation merged with the operator's unsent ones, the unread count,
 * and the local copies (first-paint cache and search index) kept up to date as messages arrive.
 */
export class ConversationStore {
  readonly server = signal<ServerMessage[]>([]);
  /** true once the server (or Firestore's cache) answered; before that, messages are from Dexie */
  readonly live = signal(false);
  readonly readAt = signal(0);
  /** true once the read mark came from IndexedDB (unread counts are final from then on) */
  readonly readLoaded = signal(false);
  readonly error = signal<string | null>(null);

  readonly messages = computed<ConversationMessage[]>(() => {
    const server = this.server.value;
    const known = new Set(server.map((m) => m.id));
    const outbox = this.context.outbox.rows.value.filter((row) => row.conversation === this.key);
    const unsent = new Map(outbox.map((row) => [row.id, row]));
    const merged: ConversationMessage[] = server.map((m) => ({
      id: m.id,
      kind: m.from.kind,
      authorUid: m.from.uid,
      authorName: m.from.name,
      text: m.text,
      sentAt: m.sentAt,
      delivery: m.pending || unsent.has(m.id) ? 'sending' : 'sent',
    }));
    for (const row of outbox) {
      if (known.has(row.id)) continue;
      merged.push({
        id: row.id,
        kind: 'operator',
        authorUid: row.uid,
        authorName: row.author.name,
        text: row.text,
        sentAt: new Date(row.createdAt),
        delivery: row.state === 'failed' ? 'failed' : 'sending',
        error: row.lastError,
      });
    }
    return merged;
  });

  readonly unread = computed(() =>
    countUnread(this.server.value, this.context.uid, this.readAt.value),
  );

  #stop: (() => void)[] = [];
  #indexed = new Set<string>();
  #cacheTimer: ReturnType<typeof setTimeout> | undefined;

  /** a visitor chat's typing signals and visitor context (ADR 010) */
  readonly signals: ChatSignals | undefined;

  constructor(
    readonly key: ConversationKey,
    readonly context: ConversationContext,
  ) {
    const ref = parseConversationKey(key);
    this.signals =
      ref?.kind === 'chat' && context.selfName
        ? new ChatSignals(context.db, ref.workspaceId, ref.id, context.selfName)
        : undefined;
  }

  async start(): Promise<void> {
    const ref = parseConversationKey(this.key);
    if (!ref) throw new Error(`Bad conversation key ${this.key}`);
    const { db, uid } = this.context;
    // Paint from the local cache while the listener connects; live data always wins.
    void Promise.all([cachedConversation(uid, this.key), readMark(uid, this.key)])
      .then(([cached, mark]) => {
        this.readAt.value = Math.max(this.readAt.value, mark);
        if (cached && !this.live.value) this.server.value = cached.messages;
      })
      .catch(() => {})
      .finally(() => {
        this.readLoaded.value = true;
      });

    // Any answer, even from Firestore's own cache, supersedes the first-paint copy. With
    // metadata changes: a message of mine turns from "sending" to "sent" when the server has it.
    const source =
      ref.kind === 'chat'
        ? new LiveList(t('liveTheMessages'), () => chatMessagesQuery(db, ref.workspaceId, ref.id), {
            includeMetadataChanges: true,
          })
        : new LiveList(
            t('liveTheMessages'),
            () => internalMessagesQuery(db, ref.workspaceId, ref.id),
            {
              includeMetadataChanges: true,
            },
          );
    this.#stop.push(
      source.retain(),
      effect(() => {
        if (source.status.value !== 'ready') return;
        const docs: (ServerMessage | InternalMessageDoc)[] = source.items.value;
        this.server.value = docs.map(asServer);
        this.live.value = true;
      }),
      effect(() => {
        const code = source.errorCode.value;
        if (code === 'permission-denied' && this.context.onAccessLost) {
          this.context.onAccessLost();
          return;
        }
        this.error.value = source.error.value;
      }),
    );
    const stopCaching = effect(() => {
      const messages = this.server.value;
      if (!this.live.value) return;
      clearTimeout(this.#cacheTimer);
      this.#cacheTimer = setTimeout(() => void this.#saveLocally(messages), CACHE_DEBOUNCE_MS);
    });
    this.#stop.push(stopCaching, () => clearTimeout(this.#cacheTimer));
    if (this.signals) {
      this.signals.start();
      this.#stop.push(() => this.signals?.stop());
    }
  }

  stop(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** The operator is looking at it: everything so far counts as read. */
  async markRead(): Promise<void> {
    const last = this.server.value.at(-1)?.sentAt.getTime() ?? 0;
    const at = Math.max(Date.now(), last);
    this.readAt.value = at;
    await markRead(this.context.uid, this.key, at);
  }

  async #saveLocally(messages: readonly ServerMessage[]): Promise<void> {
    const settled = messages.filter((m) => !m.pending);
    const title = this.context.title();
    const ref = parseConversationKey(this.key);
    await rememberConversation({
      uid: this.context.uid,
      conversation: this.key,
      kind: ref?.kind ?? 'chat',
      title,
      chat: this.context.chat?.(),
      messages: settled,
    }).catch(() => {});
    const fresh = settled.filter((m) => !this.#indexed.has(m.id) && m.from.kind !== 'system');
    if (fresh.length === 0) return;
    await indexMessages(
      this.context.uid,
      this.key,
      title,
      fresh.map((m) => ({ id: m.id, authorName: m.from.name, text: m.text, sentAt: m.sentAt })),
    ).catch(() => {});
    for (const m of fresh) this.#indexed.add(m.id);
  }
}
