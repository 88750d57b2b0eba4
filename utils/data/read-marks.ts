import type { ConversationKey } from './conversation-key.ts';
import { localDb } from './local-db.ts';

const markKey = (uid: string, conversation: ConversationKey) => `${uid}|${conversation}` as const;

/** When the operator last had this conversation in front of them (0 = never). */
export async function readMark(uid: string, conversation: ConversationKey): Promise<number> {
  return (await localDb().readMarks.get(markKey(uid, conversation)))?.readAt ?? 0;
}

export async function markRead(uid: string, conversation: ConversationKey, at = Date.now()) {
  await localDb().readMarks.put({ key: markKey(uid, conversation), readAt: at });
}

/** Messages from someone else sent after the mark. */
export function countUnread(
  messages: readonly { from: { uid?: string }; sentAt: Date }[],
  me: string,
  readAt: number,
): number {
  let unread = 0;
  for (const message of messages) {
    if (message.from.uid !== me && message.sentAt.getTime() > readAt) unread++;
  }
  return unread;
}
