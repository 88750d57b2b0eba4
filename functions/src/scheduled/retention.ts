import { Timestamp } from 'firebase-admin/firestore';
import { historyEntryId, historyScopes, WORKSPACE_SCOPE } from '../../../utils/domain/history.ts';
import type { Workspace } from '../../../utils/domain/model.ts';
import { retentionCutoff } from '../../../utils/domain/retention.ts';
import { db } from '../admin.ts';
import { writeAudit } from '../data/audit-log.ts';
import { chatHistoryCol, chatHistoryEntryRef } from '../data/chat-history.ts';
import { chatMessagesCol, chatRef, visitorStampRef } from '../data/chats.ts';

/** Chats purged per workspace and run, and documents deleted at most (housekeeping runs every minute). */
export const PURGE_CHATS_PER_RUN = 20;
export const PURGE_DOCS_PER_RUN = 2000;
const BATCH = 400;

/**
 * Retention (ADR 009): a workspace that keeps transcripts for N days loses, each run, the oldest
 * chats that ended more than N days ago: their messages, their visitor stamp, their history
 * summaries and the chat itself; the report figures stay. Bounded per run (chats and documents),
 * so a first run on a large history is spread over several minutes (the query uses History's
 * own index, newest first; each run takes the next expired ones); a chat whose
 * messages are not all deleted within the bound keeps its summary and is finished next run.
 * One audit entry per run that deleted something.
 */
export async function purgeExpiredTranscripts(
  ws: string,
  workspace: Workspace,
  now: Date,
): Promise<number> {
  const cutoff = retentionCutoff(workspace, now);
  if (!cutoff) return 0;
  const expired = await chatHistoryCol(ws)
    .where('scope', '==', WORKSPACE_SCOPE)
    .where('closedAt', '<', Timestamp.fromDate(cutoff))
    .orderBy('closedAt', 'desc')
    .limit(PURGE_CHATS_PER_RUN)
    .get();
  let budget = PURGE_DOCS_PER_RUN;
  let purged = 0;
  // Within the run, the oldest first.
  for (const doc of [...expired.docs].reverse()) {
    const summary = doc.data();
    let complete = true;
    for (;;) {
      if (budget <= 0) {
        complete = false;
        break;
      }
      const messages = await chatMessagesCol(ws, summary.chatId)
        .limit(Math.min(BATCH, budget))
        .select()
        .get();
      if (messages.empty) break;
      const batch = db().batch();
      for (const message of messages.docs) batch.delete(message.ref);
      await batch.commit();
      budget -= messages.size;
    }
    if (!complete) break;
    const batch = db().batch();
    batch.delete(visitorStampRef(ws, summary.chatId));
    for (const scope of historyScopes(summary.operatorIds)) {
      batch.delete(chatHistoryEntryRef(ws, historyEntryId(summary.chatId, scope)));
    }
    batch.delete(chatRef(ws, summary.chatId));
    await batch.commit();
    budget -= 2 + summary.operatorIds.length + 1;
    purged++;
  }
  if (purged > 0) {
    await writeAudit(ws, {
      actor: 'system',
      action: 'history.purged',
      target: 'chatHistory',
      details: {
        chats: purged,
        endedBefore: cutoff.toISOString(),
        days: workspace.transcriptRetentionDays ?? null,
      },
    });
  }
  return purged;
}
