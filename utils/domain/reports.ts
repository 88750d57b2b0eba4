/**
 * Reports (ADR 009): what each chat that ended adds to the daily aggregates, and how a range of
 * days is merged back into figures. The functions keep one aggregate document per UTC day and
 * scope (the workspace, '*', and each operator); a report reads only those, so 90 days cost at
 * most 90 × (operators + 1) reads. First-response times are kept as a histogram with fixed
 * buckets, so p50 / p90 over any range come from adding histograms.
 */
import type { ChatHistoryEntry, ReportDay, ReportInput } from './model.ts';

export type { ReportInput };

/** The workspace's row of a day (the same scope History uses). */
export const REPORT_WORKSPACE_SCOPE = '*';

/** Upper bounds (seconds, exclusive) of the first-response buckets; the last is open-ended. */
export const RESPONSE_BUCKET_BOUNDS_S = [
  5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1200,
] as const;
/** Buckets: one per bound plus the open one above the last bound. */
export const RESPONSE_BUCKETS = RESPONSE_BUCKET_BOUNDS_S.length + 1;

/** The bucket a first-response time falls in. */
export function responseBucket(ms: number): number {
  const seconds = ms / 1000;
  const index = RESPONSE_BUCKET_BOUNDS_S.findIndex((bound) => seconds < bound);
  return index === -1 ? RESPONSE_BUCKET_BOUNDS_S.length : index;
}

/** 'YYYY-MM-DD' of an instant, in UTC (report days are UTC days). */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The id of a day's aggregate for a scope. */
export function reportDayId(day: string, scope: string): string {
  return `${day}_${scope}`;
}

/** The day and scope of an aggregate's id (days are always 10 characters). */
export function parseReportDayId(id: string): { day: string; scope: string } {
  return { day: id.slice(0, 10), scope: id.slice(11) };
}

/** The report figures of one chat's workspace summary (kept on its mark so a retry can undo them). */
export function reportInput(
  entry: Pick<
    ChatHistoryEntry,
    | 'outcome'
    | 'operatorIds'
    | 'createdAt'
    | 'acceptedAt'
    | 'closedAt'
    | 'rating'
    | 'firstResponseAt'
    | 'firstResponderId'
  >,
): ReportInput {
  const responseMs = entry.firstResponseAt
    ? Math.max(0, entry.firstResponseAt.getTime() - entry.createdAt.getTime())
    : undefined;
  const durationMs = entry.acceptedAt
    ? Math.max(0, entry.closedAt.getTime() - entry.acceptedAt.getTime())
    : undefined;
  return {
    day: utcDay(entry.closedAt),
    outcome: entry.outcome,
    operatorIds: [...new Set(entry.operatorIds)],
    ...(entry.firstResponderId && responseMs !== undefined
      ? { firstResponderId: entry.firstResponderId, responseMs }
      : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    rating: entry.rating,
  };
}

/** The counters of a day's aggregate (ReportDay without its day and scope). */
export type ReportCounts = Omit<ReportDay, 'day' | 'scope'>;

export function emptyCounts(): ReportCounts {
  return {
    chats: 0,
    missed: 0,
    responseCount: 0,
    responseMsTotal: 0,
    responseBuckets: Array.from({ length: RESPONSE_BUCKETS }, () => 0),
    durationCount: 0,
    durationMsTotal: 0,
    ratedGood: 0,
    ratedBad: 0,
    offlineMessages: 0,
  };
}

/**
 * What one chat adds to each aggregate (by id): the workspace's row counts every chat; an
 * operator's row counts the chats they took part in, the response time when they answered
 * first, and the duration and rating of those chats. Missed chats have no operator.
 */
export function reportIncrements(input: ReportInput): Map<string, ReportCounts> {
  const rows = new Map<string, ReportCounts>();
  const scopes = [REPORT_WORKSPACE_SCOPE, ...input.operatorIds];
  for (const scope of scopes) {
    const counts = emptyCounts();
    counts.chats = 1;
    if (input.outcome === 'missed') counts.missed = 1;
    const isWorkspace = scope === REPORT_WORKSPACE_SCOPE;
    if (input.responseMs !== undefined && (isWorkspace || scope === input.firstResponderId)) {
      counts.responseCount = 1;
      counts.responseMsTotal = input.responseMs;
      counts.responseBuckets[responseBucket(input.responseMs)] = 1;
    }
    if (input.durationMs !== undefined) {
      counts.durationCount = 1;
      counts.durationMsTotal = input.durationMs;
    }
    if (input.rating === 'good') counts.ratedGood = 1;
    if (input.rating === 'bad') counts.ratedBad = 1;
    rows.set(reportDayId(input.day, scope), counts);
  }
  return rows;
}

/** a + sign × b, counter by counter. */
export function addCounts(a: ReportCounts, b: ReportCounts, sign = 1): ReportCounts {
  return {
    chats: a.chats + sign * b.chats,
    missed: a.missed + sign * b.missed,
    responseCount: a.responseCount + sign * b.responseCount,
    responseMsTotal: a.responseMsTotal + sign * b.responseMsTotal,
    responseBuckets: a.responseBuckets.map((n, i) => n + sign * (b.responseBuckets[i] ?? 0)),
    durationCount: a.durationCount + sign * b.durationCount,
    durationMsTotal: a.durationMsTotal + sign * b.durationMsTotal,
    ratedGood: a.ratedGood + sign * b.ratedGood,
    ratedBad: a.ratedBad + sign * b.ratedBad,
    offlineMessages: a.offlineMessages + sign * b.offlineMessages,
  };
}

/**
 * What to add to each aggregate when a chat's counted figures change from `before` (what its
 * mark says was added; null the first time) to `after`: after − before. Applying it again after
 * the mark was updated is a no-op, which makes a retried trigger harmless.
 */
export function reportDelta(
  before: ReportInput | null,
  after: ReportInput,
): Map<string, ReportCounts> {
  const delta = new Map<string, ReportCounts>();
  for (const [id, counts] of reportIncrements(after)) delta.set(id, counts);
  if (before) {
    for (const [id, counts] of reportIncrements(before)) {
      delta.set(id, addCounts(delta.get(id) ?? emptyCounts(), counts, -1));
    }
  }
  for (const [id, counts] of delta) if (isZero(counts)) delta.delete(id);
  return delta;
}

function isZero(counts: ReportCounts): boolean {
  const { responseBuckets, ...rest } = counts;
  return Object.values(rest).every((n) => n === 0) && responseBuckets.every((n) => n === 0);
}

/**
 * The value below which a share `q` (0..1) of the histogram's times fall, interpolated linearly
 * inside its bucket (the open last bucket answers its lower bound); null without any time.
 */
export function percentileMs(buckets: readonly number[], q: number): number | null {
  const total = buckets.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < buckets.length; i++) {
    const inBucket = buckets[i] ?? 0;
    if (inBucket > 0 && below + inBucket >= rank) {
      const lower = i === 0 ? 0 : RESPONSE_BUCKET_BOUNDS_S[i - 1]!;
      const upper = RESPONSE_BUCKET_BOUNDS_S[i];
      if (upper === undefined) return lower * 1000;
      const fraction = Math.max(0, rank - below) / inBucket;
      return Math.round((lower + (upper - lower) * fraction) * 1000);
    }
    below += inBucket;
  }
  return RESPONSE_BUCKET_BOUNDS_S.at(-1)! * 1000;
}

/** The figures a report shows for a set of days (a day, an operator, the whole range). */
export interface ReportFigures {
  chats: number;
  missed: number;
  responseP50Ms: number | null;
  responseP90Ms: number | null;
  averageDurationMs: number | null;
  rated: number;
  /** Share of rated chats rated good (0..1), null when none was rated. */
  shareGood: number | null;
  offlineMessages: number;
}

export function figuresOf(counts: ReportCounts): ReportFigures {
  const rated = counts.ratedGood + counts.ratedBad;
  return {
    chats: counts.chats,
    missed: counts.missed,
    responseP50Ms: percentileMs(counts.responseBuckets, 0.5),
    responseP90Ms: percentileMs(counts.responseBuckets, 0.9),
    averageDurationMs:
      counts.durationCount > 0 ? Math.round(counts.durationMsTotal / counts.durationCount) : null,
    rated,
    shareGood: rated > 0 ? counts.ratedGood / rated : null,
    offlineMessages: counts.offlineMessages,
  };
}

/** Every UTC day from `from` to `to` ('YYYY-MM-DD', both included), oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= end && days.length < 3660; at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/** The longest range a report reads (days). */
export const MAX_REPORT_DAYS = 366;

export interface MergedReport {
  /** Every day of the range, oldest first, with the workspace's figures (zeros when quiet). */
  days: { day: string; figures: ReportFigures }[];
  /** Each operator over the whole range (only those with a row). */
  operators: { uid: string; figures: ReportFigures }[];
  total: ReportFigures;
}

/** Merges the aggregates of a range into per-day, per-operator and total figures. */
export function mergeReport(rows: readonly ReportDay[], from: string, to: string): MergedReport {
  const byDay = new Map<string, ReportCounts>();
  const byOperator = new Map<string, ReportCounts>();
  let total = emptyCounts();
  for (const row of rows) {
    if (row.day < from || row.day > to) continue;
    const counts = normalisedCounts(row);
    if (row.scope === REPORT_WORKSPACE_SCOPE) {
      byDay.set(row.day, addCounts(byDay.get(row.day) ?? emptyCounts(), counts));
      total = addCounts(total, counts);
    } else {
      byOperator.set(row.scope, addCounts(byOperator.get(row.scope) ?? emptyCounts(), counts));
    }
  }
  return {
    days: daysBetween(from, to).map((day) => ({
      day,
      figures: figuresOf(byDay.get(day) ?? emptyCounts()),
    })),
    operators: [...byOperator].map(([uid, counts]) => ({ uid, figures: figuresOf(counts) })),
    total: figuresOf(total),
  };
}

/** A stored row's counters with the histogram at its full length (older rows may be shorter). */
function normalisedCounts(row: ReportDay): ReportCounts {
  const { day: _day, scope: _scope, ...counts } = row;
  return {
    ...counts,
    responseBuckets: Array.from(
      { length: RESPONSE_BUCKETS },
      (_, i) => row.responseBuckets[i] ?? 0,
    ),
  };
}

/** A time for a report cell: "—" when unknown, else seconds, minutes or hours, rounded. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A share as a whole percentage, "—" when there is nothing to share. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** The last `days` UTC days up to and including `today`'s. */
export function lastDays(days: number, today: Date): { from: string; to: string } {
  const to = utcDay(today);
  const from = utcDay(new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000));
  return { from, to };
}
