import {
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
  serverTimestamp,
  Timestamp,
} from 'firebase/firestore';
import type { Chat, ChatMessage, MessageAuthor } from '../../../utils/domain/model.ts';
import { CHAT_STATUSES, MESSAGE_AUTHOR_KINDS } from '../../../utils/domain/model.ts';
import { estimatedWaitSeconds, queueTicket } from '../../../utils/domain/queue.ts';
import type { ChatView, MessageView, QueueView } from './types.ts';

/**
 * Typed converters between Firestore documents and the widget's views. Reading is defensive:
 * documents are written by other clients and functions, so a missing or odd field becomes a
 * harmless default instead of a crash in the visitor's page.
 */

// Own messages not yet acknowledged get the local estimate instead of null.
const READ: SnapshotOptions = { serverTimestamps: 'estimate' };

const toDate = (value: unknown): Date | null =>
  value instanceof Timestamp ? value.toDate() : null;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function chatFromData(id: string, data: DocumentData): ChatView {
  const status = CHAT_STATUSES.includes(data.status) ? data.status : 'queued';
  const visitor = (data.visitor ?? {}) as Partial<Chat['visitor']>;
  const operatorName = str(data.operatorName);
  const rating = data.rating?.value;
  return {
    id,
    status,
    visitor: {
      uid: str(visitor.uid) ?? '',
      name: str(visitor.name) ?? '',
      ...(str(visitor.email) ? { email: str(visitor.email) } : {}),
    },
    ...(str(data.departmentId) ? { departmentId: str(data.departmentId) } : {}),
    ...(str(data.operatorId) ? { operatorId: str(data.operatorId) } : {}),
    ...(operatorName ? { operatorName } : {}),
    createdAt: toDate(data.createdAt),
    closedAt: toDate(data.closedAt),
    ...(rating === 'good' || rating === 'bad' ? { rating } : {}),
    waiting: status === 'queued' && Array.isArray(data.offeredTo) && data.offeredTo.length === 0,
    offerExpiresAt: toDate(data.offerExpiresAt),
  };
}

/** The visitor's place from the places board (utils/domain/queue.ts); null when not waiting. */
export function queueFromData(chatId: string, data: DocumentData | undefined): QueueView | null {
  const place = (data?.places as Record<string, unknown> | undefined)?.[queueTicket(chatId)];
  if (typeof place !== 'number' || place < 1) return null;
  const perPlace = typeof data?.secondsPerPlace === 'number' ? data.secondsPerPlace : null;
  return { position: place, estimatedWaitSeconds: estimatedWaitSeconds(perPlace, place) };
}

export function messageFromData(id: string, data: DocumentData, pending: boolean): MessageView {
  const from = (data.from ?? {}) as Partial<MessageAuthor>;
  const kind = MESSAGE_AUTHOR_KINDS.includes(from.kind as never)
    ? (from.kind as MessageAuthor['kind'])
    : 'system';
  return {
    id,
    from: {
      kind,
      name: str(from.name) ?? '',
      ...(str(from.uid) ? { uid: str(from.uid) } : {}),
    },
    text: str(data.text) ?? '',
    sentAt: toDate(data.sentAt),
    pending,
  };
}

export const chatConverter: FirestoreDataConverter<ChatView, Chat<Timestamp>> = {
  toFirestore() {
    // Status, operator and routing belong to the callables (docs/architecture.md "Who may do
    // what"); the widget never writes.
    throw new Error('The widget does not write chat documents.');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot<Chat<Timestamp>>, options?: SnapshotOptions) {
    return chatFromData(snapshot.id, snapshot.data({ ...READ, ...options }));
  },
};

/**
 * Messages are read as MessageView; writing one (a visitor message) keeps `from` and `text` and
 * always stamps `sentAt` with the server's time, which the security rules require.
 */
export const messageConverter: FirestoreDataConverter<MessageView, ChatMessage<Timestamp>> = {
  toFirestore(message) {
    const { from, text } = message as MessageView;
    return { from, text, sentAt: serverTimestamp() } as unknown as ChatMessage<Timestamp>;
  },
  fromFirestore(
    snapshot: QueryDocumentSnapshot<ChatMessage<Timestamp>>,
    options?: SnapshotOptions,
  ) {
    return messageFromData(
      snapshot.id,
      snapshot.data({ ...READ, ...options }),
      snapshot.metadata.hasPendingWrites,
    );
  },
};
