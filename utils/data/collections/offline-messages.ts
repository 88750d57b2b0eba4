import {
  collection,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  limit,
  orderBy,
  type QueryConstraint,
  type QueryDocumentSnapshot,
  query,
  startAfter,
  where,
} from 'firebase/firestore';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type OfflineMessage,
  type WithId,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import {
  converter,
  num,
  oneOf,
  optionalDate,
  optionalStr,
  record,
  str,
  strings,
  toDate,
} from '../convert.ts';

export type OfflineMessageDoc = WithId<OfflineMessage>;

/** Reads workspaces/{ws}/offlineMessages/{id}: the message, its delivery log, handled or not. */
export function offlineMessageFromData(
  id: string,
  data: Record<string, unknown>,
): OfflineMessageDoc {
  const delivery = record(data.delivery);
  const handled = record(data.handled);
  const lastError = optionalStr(delivery.lastError);
  const nextAttemptAt = optionalDate(delivery.nextAttemptAt);
  const sentAt = optionalDate(delivery.sentAt);
  return {
    id,
    name: str(data.name, 'Visitor'),
    email: str(data.email),
    message: str(data.message),
    departmentId: optionalStr(data.departmentId),
    pageUrl: str(data.pageUrl),
    createdAt: toDate(data.createdAt),
    chatId: optionalStr(data.chatId),
    delivery: {
      status: oneOf(delivery.status, DELIVERY_STATUSES, 'pending'),
      to: strings(delivery.to),
      attempts: num(delivery.attempts),
      ...(lastError ? { lastError } : {}),
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
      ...(sentAt ? { sentAt } : {}),
    },
    ...(typeof handled.by === 'string'
      ? { handled: { by: handled.by, name: str(handled.name), at: toDate(handled.at) } }
      : {}),
  };
}

export const offlineMessageConverter = converter<OfflineMessageDoc>(
  offlineMessageFromData,
  'Off-line messages are written by the functions (submitOfflineMessage, updateOfflineMessage).',
);

export const offlineMessagesCollection = (db: Firestore, ws: string) =>
  collection(db, paths.offlineMessages(ws)).withConverter(offlineMessageConverter);

export const offlineMessageRef = (db: Firestore, ws: string, id: string) =>
  doc(db, paths.offlineMessage(ws, id)).withConverter(offlineMessageConverter);

/** One message as it is now (after an action), or null when it is gone. */
export async function readOfflineMessage(
  db: Firestore,
  ws: string,
  id: string,
): Promise<OfflineMessageDoc | null> {
  return (await getDoc(offlineMessageRef(db, ws, id))).data() ?? null;
}

/** Messages per inbox page; a page reads one more to know whether another exists. */
export const OFFLINE_PAGE_SIZE = 25;

export type OfflineCursor = QueryDocumentSnapshot<OfflineMessageDoc>;

/**
 * One page of the inbox, newest first, optionally only one delivery status (composite index
 * delivery.status + createdAt desc in firestore.indexes.json): at most size + 1 reads.
 */
export async function readOfflinePage(
  db: Firestore,
  ws: string,
  status: DeliveryStatus | null,
  after: OfflineCursor | null,
  size = OFFLINE_PAGE_SIZE,
): Promise<{ rows: OfflineMessageDoc[]; next: OfflineCursor | null; reads: number }> {
  const constraints: QueryConstraint[] = [];
  if (status) constraints.push(where('delivery.status', '==', status));
  constraints.push(orderBy('createdAt', 'desc'));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(size + 1));
  const snapshot = await getDocs(query(offlineMessagesCollection(db, ws), ...constraints));
  const page = snapshot.docs.slice(0, size);
  return {
    rows: page.map((d) => d.data()),
    next: snapshot.docs.length > size ? (page.at(-1) ?? null) : null,
    reads: snapshot.docs.length,
  };
}
