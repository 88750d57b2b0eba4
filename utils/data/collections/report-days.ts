import { collection, type Firestore, getDocs, query, where } from 'firebase/firestore';
import type { ReportDay } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { RESPONSE_BUCKETS } from '../../domain/reports.ts';
import { converter, num, record, str } from '../convert.ts';

/** Reads workspaces/{ws}/reportDays/{day}_{scope} (ADR 009); the histogram's map becomes a list. */
export function reportDayFromData(id: string, data: Record<string, unknown>): ReportDay {
  const buckets = record(data.responseBuckets);
  return {
    day: str(data.day, id.slice(0, 10)),
    scope: str(data.scope, id.slice(11)),
    chats: num(data.chats),
    missed: num(data.missed),
    responseCount: num(data.responseCount),
    responseMsTotal: num(data.responseMsTotal),
    responseBuckets: Array.from({ length: RESPONSE_BUCKETS }, (_, i) => num(buckets[`b${i}`])),
    durationCount: num(data.durationCount),
    durationMsTotal: num(data.durationMsTotal),
    ratedGood: num(data.ratedGood),
    ratedBad: num(data.ratedBad),
    offlineMessages: num(data.offlineMessages),
  };
}

export const reportDayConverter = converter<ReportDay>(
  reportDayFromData,
  'Report days are kept by the functions’ triggers, never by the extension.',
);

export const reportDaysCollection = (db: Firestore, ws: string) =>
  collection(db, paths.reportDays(ws)).withConverter(reportDayConverter);

/**
 * Every aggregate of the days `from`…`to` ('YYYY-MM-DD', UTC, both included): one read per day
 * and scope that had any activity, so 90 days read at most 90 × (operators + 1) documents.
 */
export async function readReportDays(
  db: Firestore,
  ws: string,
  from: string,
  to: string,
): Promise<{ rows: ReportDay[]; reads: number }> {
  const snapshot = await getDocs(
    query(reportDaysCollection(db, ws), where('day', '>=', from), where('day', '<=', to)),
  );
  return { rows: snapshot.docs.map((d) => d.data()), reads: Math.max(1, snapshot.size) };
}
