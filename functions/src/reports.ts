import { FieldValue } from 'firebase-admin/firestore';
import type { ReportInput } from '../../utils/domain/model.ts';
import {
  emptyCounts,
  REPORT_WORKSPACE_SCOPE,
  reportDayId,
  reportDelta,
  reportInput,
  utcDay,
} from '../../utils/domain/reports.ts';
import { db } from './admin.ts';
import { chatHistoryEntryRef } from './data/chat-history.ts';
import { addToReportDay } from './data/report-days.ts';
import { offlineMarkId, reportMarkRef } from './data/report-marks.ts';

/**
 * Brings the reports in line with a chat's workspace summary (ADR 009): in one transaction it
 * reads the summary as it is now and the chat's mark (what was added before), adds the
 * difference to the day aggregates and records the new figures on the mark. A retried or late
 * trigger therefore adds nothing twice, and a rating given after the close replaces the earlier
 * figures. A summary that is gone (purged by retention) leaves the figures as they were.
 */
export async function countChat(ws: string, chatId: string): Promise<boolean> {
  return db().runTransaction(async (tx) => {
    const [entry, mark] = await Promise.all([
      tx.get(chatHistoryEntryRef(ws, chatId)),
      tx.get(reportMarkRef(ws, chatId)),
    ]);
    const summary = entry.data();
    if (!summary || summary.scope !== REPORT_WORKSPACE_SCOPE) return false;
    const after = reportInput(summary);
    const before = (mark.data()?.counted as ReportInput | undefined) ?? null;
    const delta = reportDelta(before, after);
    if (delta.size === 0) return false;
    for (const [id, counts] of delta) addToReportDay(tx, ws, id, counts);
    tx.set(reportMarkRef(ws, chatId), {
      id: chatId,
      counted: after,
      at: FieldValue.serverTimestamp(),
    });
    return true;
  });
}

/** Counts an off-line message once on the day it arrived (its mark says it was counted). */
export async function countOfflineMessage(
  ws: string,
  messageId: string,
  createdAt: Date,
): Promise<boolean> {
  const markRef = reportMarkRef(ws, offlineMarkId(messageId));
  return db().runTransaction(async (tx) => {
    if ((await tx.get(markRef)).exists) return false;
    const day = utcDay(createdAt);
    addToReportDay(tx, ws, reportDayId(day, REPORT_WORKSPACE_SCOPE), {
      ...emptyCounts(),
      offlineMessages: 1,
    });
    tx.set(markRef, {
      id: markRef.id,
      counted: { day, offlineMessage: true },
      at: FieldValue.serverTimestamp(),
    });
    return true;
  });
}
