import { Dexie, type EntityTable } from 'dexie';
import type { ChatHistoryDoc } from './collections/chat-history.ts';
import type { ChatDoc } from './collections/chats.ts';
import type { ConversationKey, ConversationKind } from './conversation-key.ts';

/** A half-typed message, per conversation and operator; survives closing the panel. */
export interface DraftRow {
  key: `${string}|${ConversationKey}`; // `${uid}|${conversation}`
  text: string;
  updatedAt: number;
}

/** What the console last saw of a message, enough to paint it before the network answers. */
export interface CachedMessage {
  id: string;
  from: { kind: 'visitor' | 'operator' | 'system'; uid?: string; name: string };
  text: string;
  sentAt: Date;
}

/** A conversation the operator recently viewed, for an instant first paint of the panel. */
export interface RecentConversationRow {
  key: `${string}|${ConversationKey}`;
  uid: string;
  conversation: ConversationKey;
  kind: ConversationKind;
  title: string;
  chat?: ChatDoc;
  messages: CachedMessage[];
  viewedAt: number;
}

/** The workspace's canned responses, cached for an autocomplete that works before (or without) the network. */
export interface CannedRow {
  key: string; // `${workspaceId}/${id}`
  workspaceId: string;
  id: string;
  shortcut: string;
  text: string;
  updatedAt: number;
}

/** One message in the local full-text index over the operator's past conversations. */
export interface SearchRow {
  key: string; // `${uid}|${conversation}|${messageId}`
  uid: string;
  conversation: ConversationKey;
  title: string;
  authorName: string;
  text: string;
  sentAt: number;
  words: string[];
}

/** Up to when the operator has read a conversation (for unread badges). */
export interface ReadMarkRow {
  key: `${string}|${ConversationKey}`;
  readAt: number;
}

/** The first History page a viewer last read (history-cache.ts). */
export interface HistoryPageRow {
  key: string; // `${uid}|${workspaceId}|${role}`
  rows: ChatHistoryDoc[];
  savedAt: number;
}

export type OutboxState = 'queued' | 'sending' | 'failed';

/** A message typed by the operator that the server has not acknowledged yet. */
export interface OutboxRow {
  /** The Firestore document id the message will get; writing with a fixed id makes retries idempotent. */
  id: string;
  conversation: ConversationKey;
  /** the author's uid (indexed: each operator flushes only their own messages) */
  uid: string;
  author: { uid: string; name: string };
  text: string;
  createdAt: number;
  state: OutboxState;
  attempts: number;
  lastError?: string;
}

export class ParleyDatabase extends Dexie {
  drafts!: EntityTable<DraftRow, 'key'>;
  recentConversations!: EntityTable<RecentConversationRow, 'key'>;
  cannedResponses!: EntityTable<CannedRow, 'key'>;
  searchIndex!: EntityTable<SearchRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  readMarks!: EntityTable<ReadMarkRow, 'key'>;
  historyPages!: EntityTable<HistoryPageRow, 'key'>;

  constructor(name = 'parley-console') {
    super(name);
    this.version(1).stores({
      drafts: 'key',
      recentConversations: 'key, uid, viewedAt, [uid+viewedAt]',
      cannedResponses: 'key, workspaceId',
      searchIndex: 'key, uid, conversation, sentAt, *words',
      outbox: 'id, conversation, [uid+createdAt]',
      readMarks: 'key',
    });
    this.version(2).stores({ historyPages: 'key' });
  }
}

let database: ParleyDatabase | undefined;

/** The extension's one local database, shared by the pages and the service worker (same origin). */
export function localDb(): ParleyDatabase {
  database ??= new ParleyDatabase();
  return database;
}

/** Tests use a fresh database per case. */
export function useLocalDb(db: ParleyDatabase): void {
  database = db;
}
