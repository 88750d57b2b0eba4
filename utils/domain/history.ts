/**
 * History of chats that are over (ADR 007): which summary documents a viewer's filter selects,
 * as a plain description of one Firestore query. The extension's chat-history module runs
 * exactly this description, and tests/conventions/history-indexes.test.ts checks every shape it
 * can take against firestore.indexes.json (the emulator does not enforce indexes; production does).
 */
import type { ChatHistoryEntry, HistoryRating, Role } from './model.ts';
import { wordsOf } from './search-words.ts';

/** Rows per History page; a page reads this many summaries plus one to know whether more exist. */
export const HISTORY_PAGE_SIZE = 50;

/** Chats the History backfill (backfillHistory, ADR 009) examines per call. */
export const BACKFILL_PAGE = 50;

/** The scope of the summary every admin query reads: one row per chat of the workspace. */
export const WORKSPACE_SCOPE = '*';

/** The summary ids of a chat: `chatId` for the workspace, `chatId_uid` for each participant. */
export function historyEntryId(chatId: string, scope: string): string {
  return scope === WORKSPACE_SCOPE ? chatId : `${chatId}_${scope}`;
}

/** Every scope a chat's summary is written for. */
export function historyScopes(operatorIds: readonly string[]): string[] {
  return [WORKSPACE_SCOPE, ...new Set(operatorIds)];
}

export interface HistoryFilter {
  /** Closed at or after this instant. */
  from?: Date;
  /** Closed before this instant. */
  to?: Date;
  /** Admins only: chats this operator took part in. */
  operatorId?: string;
  departmentId?: string;
  rating?: HistoryRating;
  /** Free text: every word must be among the summary's words. */
  text?: string;
}

export interface HistoryViewer {
  uid: string;
  role: Role;
}

type EqualityField =
  | 'scope'
  | 'outcome'
  | 'departmentId'
  | 'rating'
  | 'visitor.uid'
  | 'visitor.email';

/** One History query: equalities, at most one word for array-contains, closedAt range and order. */
export interface HistoryQuerySpec {
  equals: [EqualityField, string][];
  /** The word the index narrows by (the longest typed), or none. */
  word?: string;
  closedFrom?: Date;
  closedBefore?: Date;
  /** Always newest first; the cursor pages on it. */
  orderBy: ['closedAt', 'desc'];
  /** The other typed words, checked on the rows the query returns (matchesWords). */
  alsoWords: string[];
}

/**
 * The query that answers `filter` for `viewer`. A normal operator always reads their own scope
 * (the rules allow nothing else); an admin reads the workspace scope, or an operator's.
 */
export function historyQuery(viewer: HistoryViewer, filter: HistoryFilter): HistoryQuerySpec {
  const scope =
    viewer.role === 'admin' ? (filter.operatorId ?? WORKSPACE_SCOPE) : (viewer.uid as string);
  const equals: [EqualityField, string][] = [['scope', scope]];
  if (filter.departmentId) equals.push(['departmentId', filter.departmentId]);
  if (filter.rating) equals.push(['rating', filter.rating]);
  const words = wordsOf(filter.text ?? '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const [word, ...alsoWords] = words;
  return {
    equals,
    ...(word ? { word } : {}),
    ...(filter.from ? { closedFrom: filter.from } : {}),
    ...(filter.to ? { closedBefore: filter.to } : {}),
    orderBy: ['closedAt', 'desc'],
    alsoWords,
  };
}

/** How many of a returning visitor's earlier chats Visitor info lists. */
export const EARLIER_CHATS = 10;

/**
 * A returning visitor's earlier chats the viewer may see: by their anonymous identity (kept by
 * the widget across visits) and, when they gave one, by their email (another browser, or a new
 * identity). Two queries; the caller merges them by chat.
 */
export function visitorHistoryQueries(
  viewer: HistoryViewer,
  visitor: { uid: string; email?: string },
): HistoryQuerySpec[] {
  const scope = viewer.role === 'admin' ? WORKSPACE_SCOPE : viewer.uid;
  const by = (field: EqualityField, value: string): HistoryQuerySpec => ({
    equals: [
      ['scope', scope],
      [field, value],
    ],
    orderBy: ['closedAt', 'desc'],
    alsoWords: [],
  });
  return [
    by('visitor.uid', visitor.uid),
    ...(visitor.email ? [by('visitor.email', visitor.email)] : []),
  ];
}

/** Whether a summary holds every one of `words` (the words the index did not narrow by). */
export function matchesWords(entry: Pick<ChatHistoryEntry, 'words'>, words: readonly string[]) {
  return words.every((word) => entry.words.includes(word));
}

/**
 * The closedAt range of a date filter typed as local days ('YYYY-MM-DD', both ends included):
 * from the start of the first day to the start of the day after the last. Blank ends are open.
 */
export function dayRange(fromDay: string, toDay: string): { from?: Date; to?: Date } {
  const startOf = (day: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
  };
  const from = startOf(fromDay);
  const last = startOf(toDay);
  const to = last ? new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * The missed chats of a range that the Reports panel lists (ADR 009): the workspace's
 * summaries of outcome 'missed', newest first, paged like History.
 */
export function missedChatsQuery(from: Date, to: Date): HistoryQuerySpec {
  return {
    equals: [
      ['scope', WORKSPACE_SCOPE],
      ['outcome', 'missed'],
    ],
    closedFrom: from,
    closedBefore: to,
    orderBy: ['closedAt', 'desc'],
    alsoWords: [],
  };
}

/** Every query shape historyQuery can produce, for the index check. */
export function everyHistoryQueryShape(): HistoryQuerySpec[] {
  const shapes: HistoryQuerySpec[] = [];
  const viewers: HistoryViewer[] = [
    { uid: 'nora', role: 'normal' },
    { uid: 'ada', role: 'admin' },
  ];
  for (const viewer of viewers)
    for (const operatorId of [undefined, 'otto'])
      for (const departmentId of [undefined, 'sales'])
        for (const rating of [undefined, 'good' as const])
          for (const text of [undefined, 'refund order'])
            for (const from of [undefined, new Date(0)])
              shapes.push(
                historyQuery(viewer, { operatorId, departmentId, rating, text, from, to: from }),
              );
  for (const viewer of viewers)
    shapes.push(...visitorHistoryQueries(viewer, { uid: 'v', email: 'v@example.com' }));
  shapes.push(missedChatsQuery(new Date(0), new Date(1)));
  return shapes;
}
