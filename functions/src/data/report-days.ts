import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { ReportDay } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { parseReportDayId, type ReportCounts } from '../../../utils/domain/reports.ts';
import { db } from '../admin.ts';

/** The counters added by increments (responseBuckets apart: a map b0…b13 of increments). */
const COUNTERS = [
  'chats',
  'missed',
  'responseCount',
  'responseMsTotal',
  'durationCount',
  'durationMsTotal',
  'ratedGood',
  'ratedBad',
  'offlineMessages',
] as const satisfies readonly (keyof ReportDay)[];

export const reportDaysCol = (ws: string) => db().collection(paths.reportDays(ws));
export const reportDayRef = (ws: string, id: string) => db().doc(paths.reportDay(ws, id));

/**
 * Adds `counts` (which may be negative: a rating that changed) to a day's aggregate in `tx`,
 * creating it on the first chat of the day. Blind increments: the transaction never reads the
 * day, so chats closing at once do not contend on it.
 */
export function addToReportDay(tx: Transaction, ws: string, id: string, counts: ReportCounts) {
  const { day, scope } = parseReportDayId(id);
  const data: Record<string, unknown> = { day, scope };
  for (const key of COUNTERS) {
    if (counts[key] !== 0) data[key] = FieldValue.increment(counts[key]);
  }
  const buckets: Record<string, FieldValue> = {};
  counts.responseBuckets.forEach((n, i) => {
    if (n !== 0) buckets[`b${i}`] = FieldValue.increment(n);
  });
  if (Object.keys(buckets).length > 0) data.responseBuckets = buckets;
  tx.set(reportDayRef(ws, id), data, { merge: true });
}
