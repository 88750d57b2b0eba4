import {
  collection,
  doc,
  type Firestore,
  getDocs,
  limit,
  orderBy,
  type QueryConstraint,
  type QueryDocumentSnapshot,
  query,
  startAfter,
  where,
} from 'firebase/firestore';
import { HISTORY_PAGE_SIZE, type HistoryQuerySpec, matchesWords } from '../../domain/history.ts';
import { type ChatHistoryEntry, HISTORY_RATINGS, type WithId } from '../../domain/model.ts';
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

export type ChatHistoryDoc = WithId<ChatHistoryEntry>;

/** Reads workspaces/{ws}/chatHistory/{id}, a summary of a chat that is over (ADR 007). */
export function chatHistoryEntryFromData(
  id: string,
  data: Record<string, unknown>,
): ChatHistoryDoc {
  const visitor = record(data.visitor);
  const email = optionalStr(visitor.email);
  const createdAt = toDate(data.createdAt);
  return {
    id,
    chatId: str(data.chatId, id),
    scope: str(data.scope),
    outcome: oneOf(data.outcome, ['closed', 'missed'] as const, 'closed'),
    visitor: {
      uid: str(visitor.uid),
      name: str(visitor.name, 'Visitor'),
      ...(email ? { email } : {}),
    },
    departmentId: optionalStr(data.departmentId),
    pageUrl: str(data.pageUrl),
    operatorIds: strings(data.operatorIds),
    operatorNames: strings(data.operatorNames),
    createdAt,
    acceptedAt: optionalDate(data.acceptedAt),
    closedAt: toDate(data.closedAt, createdAt),
    messageCount: num(data.messageCount),
    rating: oneOf(data.rating, HISTORY_RATINGS, 'none'),
    ratingComment: optionalStr(data.ratingComment),
    words: strings(data.words),
  };
}

export const chatHistoryConverter = converter<ChatHistoryDoc>(
  chatHistoryEntryFromData,
  'History entries are written by the functions when a chat ends, never by the extension.',
);

export const chatHistoryCollection = (db: Firestore, ws: string) =>
  collection(db, paths.chatHistory(ws)).withConverter(chatHistoryConverter);
export const chatHistoryEntryRef = (db: Firestore, ws: string, id: string) =>
  doc(db, paths.chatHistoryEntry(ws, id)).withConverter(chatHistoryConverter);

/** Where the next page starts: the last row of the page before (opaque to the UI). */
export type HistoryCursor = QueryDocumentSnapshot<ChatHistoryDoc>;

/**
 * The summaries a History query selects (utils/domain/history.ts describes it; the index test
 * checks every shape against firestore.indexes.json), newest first: one more than a page, to
 * know whether another page exists.
 */
export function historyPageQuery(
  db: Firestore,
  ws: string,
  spec: HistoryQuerySpec,
  after: HistoryCursor | null,
  pageSize = HISTORY_PAGE_SIZE,
) {
  const constraints: QueryConstraint[] = spec.equals.map(([field, value]) =>
    where(field, '==', value),
  );
  if (spec.word) constraints.push(where('words', 'array-contains', spec.word));
  if (spec.closedFrom) constraints.push(where('closedAt', '>=', spec.closedFrom));
  if (spec.closedBefore) constraints.push(where('closedAt', '<', spec.closedBefore));
  constraints.push(orderBy(...spec.orderBy));
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(pageSize + 1));
  return query(chatHistoryCollection(db, ws), ...constraints);
}

export interface HistoryPage {
  /** The page's rows that hold every typed word (the index narrowed by one of them). */
  rows: ChatHistoryDoc[];
  /** null on the last page */
  next: HistoryCursor | null;
  /** summaries read for this page (rows shown, plus those another typed word ruled out, plus 1) */
  reads: number;
}

/** One page of History: reads at most pageSize + 1 summaries, never a message. */
export async function readHistoryPage(
  db: Firestore,
  ws: string,
  spec: HistoryQuerySpec,
  after: HistoryCursor | null,
  pageSize = HISTORY_PAGE_SIZE,
): Promise<HistoryPage> {
  const snapshot = await getDocs(historyPageQuery(db, ws, spec, after, pageSize));
  const page = snapshot.docs.slice(0, pageSize);
  return {
    rows: page.map((d) => d.data()).filter((row) => matchesWords(row, spec.alsoWords)),
    next: snapshot.docs.length > pageSize ? (page.at(-1) ?? null) : null,
    reads: snapshot.docs.length,
  };
}

/**
 * A returning visitor's earlier chats (by identity, and by email when given), newest first, at
 * most `max`: each query reads at most `max` summaries.
 */
export async function readVisitorHistory(
  db: Firestore,
  ws: string,
  specs: HistoryQuerySpec[],
  max: number,
): Promise<ChatHistoryDoc[]> {
  // historyPageQuery asks for a page plus one: a "page" of max - 1 reads exactly max.
  const snapshots = await Promise.all(
    specs.map((spec) => getDocs(historyPageQuery(db, ws, spec, null, max - 1))),
  );
  const byChat = new Map<string, ChatHistoryDoc>();
  for (const row of snapshots.flatMap((s) => s.docs.map((d) => d.data()))) {
    byChat.set(row.chatId, row);
  }
  return [...byChat.values()]
    .sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime())
    .slice(0, max);
}
