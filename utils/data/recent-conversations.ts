import type { ChatDoc } from './collections/chats.ts';
import type { ConversationKey, ConversationKind } from './conversation-key.ts';
import { type CachedMessage, localDb, type RecentConversationRow } from './local-db.ts';

/** Messages kept per cached conversation: enough to fill the view on first paint. */
export const CACHED_MESSAGES = 100;
/** Conversations kept per operator; older ones are dropped. */
export const RECENT_LIMIT = 30;

const rowKey = (uid: string, conversation: ConversationKey) => `${uid}|${conversation}` as const;

export interface RememberInput {
  uid: string;
  conversation: ConversationKey;
  kind: ConversationKind;
  title: string;
  chat?: ChatDoc;
  messages: readonly CachedMessage[];
}

/** Remembers what the operator is looking at, so the next panel open paints it instantly. */
export async function rememberConversation(input: RememberInput): Promise<void> {
  const db = localDb();
  const messages = input.messages.slice(-CACHED_MESSAGES).map((m) => ({
    id: m.id,
    from: { ...m.from },
    text: m.text,
    sentAt: m.sentAt,
  }));
  const row: RecentConversationRow = {
    key: rowKey(input.uid, input.conversation),
    uid: input.uid,
    conversation: input.conversation,
    kind: input.kind,
    title: input.title,
    ...(input.chat ? { chat: structuredClone(input.chat) } : {}),
    messages,
    viewedAt: Date.now(),
  };
  await db.recentConversations.put(row);
  const stale = await db.recentConversations
    .where('[uid+viewedAt]')
    .between([input.uid, 0], [input.uid, Number.MAX_SAFE_INTEGER])
    .reverse()
    .offset(RECENT_LIMIT)
    .primaryKeys();
  if (stale.length > 0) await db.recentConversations.bulkDelete(stale);
}

/** The operator's recently viewed conversations, newest first. */
export async function recentConversations(uid: string): Promise<RecentConversationRow[]> {
  return localDb()
    .recentConversations.where('[uid+viewedAt]')
    .between([uid, 0], [uid, Number.MAX_SAFE_INTEGER])
    .reverse()
    .toArray();
}

export async function cachedConversation(
  uid: string,
  conversation: ConversationKey,
): Promise<RecentConversationRow | undefined> {
  return localDb().recentConversations.get(rowKey(uid, conversation));
}
