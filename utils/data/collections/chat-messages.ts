import {
  collection,
  doc,
  type Firestore,
  getDocs,
  limitToLast,
  orderBy,
  query,
  serverTimestamp,
} from 'firebase/firestore';
import { type ChatMessage, MESSAGE_AUTHOR_KINDS, type WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, oneOf, optionalStr, record, str, toDate } from '../convert.ts';

export type ChatMessageDoc = WithId<ChatMessage> & {
  /** true while the write has not reached the server (latency compensation) */
  pending?: boolean;
};

/** The most messages a chat view keeps live; older ones come from the local search index. */
export const MESSAGE_WINDOW = 1000;

export function chatMessageFromData(id: string, data: Record<string, unknown>): ChatMessageDoc {
  const from = record(data.from);
  return {
    id,
    from: {
      kind: oneOf(from.kind, MESSAGE_AUTHOR_KINDS, 'system'),
      uid: optionalStr(from.uid),
      name: str(from.name, from.kind === 'visitor' ? 'Visitor' : ''),
    },
    text: str(data.text),
    sentAt: toDate(data.sentAt, new Date()),
  };
}

export const chatMessageConverter = converter<ChatMessageDoc>(
  chatMessageFromData,
  (message) => {
    const { from, text } = message as ChatMessageDoc;
    return { from, text, sentAt: serverTimestamp() };
  },
  { markPending: true },
);

export const chatMessagesCollection = (db: Firestore, ws: string, chatId: string) =>
  collection(db, paths.chatMessages(ws, chatId)).withConverter(chatMessageConverter);

export const chatMessageRef = (db: Firestore, ws: string, chatId: string, id: string) =>
  doc(db, paths.chatMessage(ws, chatId, id)).withConverter(chatMessageConverter);

/** A chat's messages in the order they were sent (the newest MESSAGE_WINDOW). */
export const chatMessagesQuery = (db: Firestore, ws: string, chatId: string) =>
  query(chatMessagesCollection(db, ws, chatId), orderBy('sentAt'), limitToLast(MESSAGE_WINDOW));

/** The document an operator's message becomes (server time; the rules check the author). */
export function operatorMessageData(author: { uid: string; name: string }, text: string) {
  return {
    from: { kind: 'operator' as const, uid: author.uid, name: author.name },
    text,
    sentAt: serverTimestamp(),
  };
}

/** A chat's transcript read once (History: the chat is over, nothing changes any more). */
export async function readTranscript(db: Firestore, ws: string, chatId: string) {
  return (await getDocs(chatMessagesQuery(db, ws, chatId))).docs.map((d) => d.data());
}
