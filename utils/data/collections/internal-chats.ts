import {
  collection,
  doc,
  type Firestore,
  limitToLast,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import type { InternalChat, InternalMessage, WithId } from '../../domain/model.ts';
import { internalChatId, internalChatMembers, paths } from '../../domain/paths.ts';
import { converter, record, str, strings, toDate } from '../convert.ts';
import { MESSAGE_WINDOW } from './chat-messages.ts';

/** `pending` while the chat's creation is not yet on the server (its messages can't be read yet). */
export type InternalChatDoc = WithId<InternalChat> & { pending?: boolean };
export type InternalMessageDoc = WithId<InternalMessage> & { pending?: boolean };

export function internalChatFromData(id: string, data: Record<string, unknown>): InternalChatDoc {
  const members = strings(data.members);
  return {
    id,
    members: [members[0] ?? '', members[1] ?? ''],
    lastMessageAt: toDate(data.lastMessageAt),
  };
}

export function internalMessageFromData(
  id: string,
  data: Record<string, unknown>,
): InternalMessageDoc {
  const from = record(data.from);
  return {
    id,
    from: { uid: str(from.uid), name: str(from.name) },
    text: str(data.text),
    sentAt: toDate(data.sentAt, new Date()),
  };
}

export const internalChatConverter = converter<InternalChatDoc>(
  internalChatFromData,
  (chat) => {
    const { members } = chat as InternalChatDoc;
    return { members, lastMessageAt: serverTimestamp() };
  },
  { markPending: true },
);

export const internalMessageConverter = converter<InternalMessageDoc>(
  internalMessageFromData,
  (message) => {
    const { from, text } = message as InternalMessageDoc;
    return { from, text, sentAt: serverTimestamp() };
  },
  { markPending: true },
);

export const internalChatsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.internalChats(ws)).withConverter(internalChatConverter);

export const internalChatRef = (db: Firestore, ws: string, id: string) =>
  doc(db, paths.internalChat(ws, id)).withConverter(internalChatConverter);

export const internalMessagesCollection = (db: Firestore, ws: string, id: string) =>
  collection(db, paths.internalMessages(ws, id)).withConverter(internalMessageConverter);

/**
 * Opens (creates or refreshes) the internal chat between two operators and answers its id; the
 * rules allow both (members + server time; a refresh changes lastMessageAt only). Resolves once
 * the server has it, so its messages can be listened to at once.
 */
export async function openInternalChat(
  db: Firestore,
  ws: string,
  me: string,
  other: string,
): Promise<string> {
  const id = internalChatId(me, other);
  await setDoc(doc(db, paths.internalChat(ws, id)), internalChatData(me, other));
  return id;
}

/** Internal chats I am a member of. */
export const myInternalChats = (db: Firestore, ws: string, uid: string) =>
  query(internalChatsCollection(db, ws), where('members', 'array-contains', uid));

export const internalMessagesQuery = (db: Firestore, ws: string, id: string) =>
  query(internalMessagesCollection(db, ws, id), orderBy('sentAt'), limitToLast(MESSAGE_WINDOW));

/** The document that opens (or refreshes) the internal chat between two operators. */
export function internalChatData(uidA: string, uidB: string) {
  return { members: internalChatMembers(uidA, uidB), lastMessageAt: serverTimestamp() };
}

export function internalMessageData(author: { uid: string; name: string }, text: string) {
  return { from: { uid: author.uid, name: author.name }, text, sentAt: serverTimestamp() };
}

/** The other member of an internal chat, seen from `me`. */
export function otherMember(chat: Pick<InternalChat, 'members'>, me: string): string {
  return chat.members[0] === me ? chat.members[1] : chat.members[0];
}
