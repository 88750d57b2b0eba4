import { collection, doc, type Firestore, query, where } from 'firebase/firestore';
import { CHAT_STATUSES, type Chat, type ChatTransfer, type WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import {
  converter,
  oneOf,
  optionalDate,
  optionalStr,
  record,
  str,
  strings,
  toDate,
} from '../convert.ts';

export type ChatDoc = WithId<Chat>;

function transferFrom(value: unknown): ChatTransfer | undefined {
  const raw = record(value);
  if (typeof raw.from !== 'string' || typeof raw.to !== 'string') return undefined;
  return { from: raw.from, to: raw.to, requestedAt: toDate(raw.requestedAt) };
}

/** Reads workspaces/{ws}/chats/{id}. Read-only here: chats change through the callables. */
export function chatFromData(id: string, data: Record<string, unknown>): ChatDoc {
  const visitor = record(data.visitor);
  const createdAt = toDate(data.createdAt);
  return {
    id,
    visitor: {
      uid: str(visitor.uid),
      name: str(visitor.name, 'Visitor'),
      ...(optionalStr(visitor.email) ? { email: optionalStr(visitor.email) } : {}),
    },
    departmentId: optionalStr(data.departmentId),
    pageUrl: str(data.pageUrl),
    referrer: optionalStr(data.referrer),
    status: oneOf(data.status, CHAT_STATUSES, 'queued'),
    offeredTo: strings(data.offeredTo),
    offerExpiresAt: optionalDate(data.offerExpiresAt),
    operatorId: optionalStr(data.operatorId),
    transfer: transferFrom(data.transfer),
    createdAt,
    acceptedAt: optionalDate(data.acceptedAt),
    closedAt: optionalDate(data.closedAt),
    lastMessageAt: toDate(data.lastMessageAt, createdAt),
  };
}

export const chatConverter = converter<ChatDoc>(
  chatFromData,
  'Chats are written by the callables, never directly by the extension.',
);

export const chatsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.chats(ws)).withConverter(chatConverter);
export const chatRef = (db: Firestore, ws: string, chatId: string) =>
  doc(db, paths.chat(ws, chatId)).withConverter(chatConverter);

/** Queued chats rung at me (ring-all): the Incoming list. */
export const offeredToMe = (db: Firestore, ws: string, uid: string) =>
  query(
    chatsCollection(db, ws),
    where('offeredTo', 'array-contains', uid),
    where('status', '==', 'queued'),
  );

/** Chats I own that are still open: my tabs. */
export const assignedToMe = (db: Firestore, ws: string, uid: string) =>
  query(chatsCollection(db, ws), where('operatorId', '==', uid), where('status', '==', 'active'));

/** Chats someone asked me to take over (/t): shown as a banner with Accept. */
export const transferredToMe = (db: Firestore, ws: string, uid: string) =>
  query(chatsCollection(db, ws), where('transfer.to', '==', uid));

/** Admins only: every ongoing chat of the workspace, for read-only viewing. */
export const ongoingChats = (db: Firestore, ws: string) =>
  query(chatsCollection(db, ws), where('status', 'in', ['queued', 'active']));

/** Seconds a chat has been waiting (for the Incoming list). */
export function waitingSeconds(chat: Pick<Chat, 'createdAt'>, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - chat.createdAt.getTime()) / 1000));
}
