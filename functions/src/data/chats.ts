import { FieldValue, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import type { Chat, ChatMessage } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const chatConverter = modelConverter<Chat>(() => ({ offeredTo: [] }));
export const chatMessageConverter = modelConverter<ChatMessage>();

export const chatsCol = (ws: string) =>
  db().collection(paths.chats(ws)).withConverter(chatConverter);
export const chatRef = (ws: string, chatId: string) =>
  db().doc(paths.chat(ws, chatId)).withConverter(chatConverter);
export const chatMessagesCol = (ws: string, chatId: string) =>
  db().collection(paths.chatMessages(ws, chatId)).withConverter(chatMessageConverter);

/** Adds a system note to a chat ("Nora joined the chat") in a batch or transaction. */
export function addSystemMessage(
  writer: WriteBatch | Transaction,
  ws: string,
  chatId: string,
  text: string,
) {
  const ref = chatMessagesCol(ws, chatId).doc();
  (writer as WriteBatch).set(ref, {
    id: ref.id,
    from: { kind: 'system', name: 'Parley' },
    text,
    sentAt: FieldValue.serverTimestamp(),
  });
}

/** Every queued or active chat of every workspace (the SIP gateway's offers and owners). */
export const liveChatsEverywhere = () =>
  db()
    .collectionGroup('chats')
    .where('status', 'in', ['queued', 'active'])
    .withConverter(chatConverter);

/**
 * Chat messages of every workspace sent at or after `since` (the SIP gateway forwards them).
 * The collection group also holds internal chats' messages; callers check the path.
 */
export const chatMessagesEverywhereSince = (since: Date) =>
  db().collectionGroup('messages').where('sentAt', '>=', since).withConverter(chatMessageConverter);

/** The visitor's rate-limit stamp of a chat (ADR 006), deleted with the chat by retention. */
export const visitorStampRef = (ws: string, chatId: string) =>
  db().doc(paths.visitorStamp(ws, chatId));
