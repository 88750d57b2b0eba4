import { wordsOf } from '../domain/search-words.ts';
import type { ConversationKey } from './conversation-key.ts';
import { localDb, type SearchRow } from './local-db.ts';

/**
 * Local full-text search over the operator's past conversations (IndexedDB, no server): every
 * message the console shows is indexed by its words; a query matches messages containing every
 * query word as a word prefix, accents and case ignored ("cafe" finds "Café", "ref" finds "refund").
 */

export interface IndexableMessage {
  id: string;
  authorName: string;
  text: string;
  sentAt: Date;
}

/** Adds (or refreshes) messages of one conversation in the index. */
export async function indexMessages(
  uid: string,
  conversation: ConversationKey,
  title: string,
  messages: readonly IndexableMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  const rows: SearchRow[] = messages.map((m) => ({
    key: `${uid}|${conversation}|${m.id}`,
    uid,
    conversation,
    title,
    authorName: m.authorName,
    text: m.text,
    sentAt: m.sentAt.getTime(),
    words: wordsOf(`${m.text} ${m.authorName}`),
  }));
  await localDb().searchIndex.bulkPut(rows);
}

export interface SearchHit {
  conversation: ConversationKey;
  title: string;
  messageId: string;
  authorName: string;
  text: string;
  sentAt: Date;
}

/** Messages of this operator's conversations matching every word of the query, newest first. */
export async function searchMessages(uid: string, query: string, limit = 50): Promise<SearchHit[]> {
  const terms = wordsOf(query);
  if (terms.length === 0) return [];
  // The longest term is usually the most selective: let the index narrow by it, filter the rest.
  const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const candidates = await localDb()
    .searchIndex.where('words')
    .startsWith(first)
    .filter((row) => row.uid === uid)
    .distinct()
    .toArray();
  return candidates
    .filter((row) => rest.every((term) => row.words.some((word) => word.startsWith(term))))
    .sort((a, b) => b.sentAt - a.sentAt)
    .slice(0, limit)
    .map((row) => ({
      conversation: row.conversation,
      title: row.title,
      messageId: row.key.slice(row.key.lastIndexOf('|') + 1),
      authorName: row.authorName,
      text: row.text,
      sentAt: new Date(row.sentAt),
    }));
}
