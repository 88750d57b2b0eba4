import { FieldPath } from 'firebase-admin/firestore';
import type { BackfillHistoryResponse } from '../../../utils/domain/callables.ts';
import { BACKFILL_PAGE, historyEntryId, WORKSPACE_SCOPE } from '../../../utils/domain/history.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { prepareHistory } from '../chat-history.ts';
import { writeAudit } from '../data/audit-log.ts';
import { chatHistoryEntryRef } from '../data/chat-history.ts';
import { chatRef, chatsCol } from '../data/chats.ts';
import { valid } from '../input.ts';
import { validateBackfillHistoryRequest } from '../requests.ts';

/**
 * The one-off backfill of ADR 009, run by an admin from the History panel: chats that ended
 * before History existed get the summaries closeChat would have written (dated when they ended),
 * and through them their report figures (the reportChat trigger). A page of chats per call, in
 * id order, so it is bounded and can be resumed; each chat is checked in its own transaction, so
 * running it twice, or beside a chat that is closing, writes nothing twice.
 */
export const backfillHistory = callable(
  'backfillHistory',
  async (request): Promise<BackfillHistoryResponse> => {
    const { workspaceId: ws, after } = valid(validateBackfillHistoryRequest(request.data));
    const caller = requireOperator(request, ws, 'admin');
    let query = chatsCol(ws)
      .where('status', 'in', ['closed', 'missed'])
      .orderBy(FieldPath.documentId())
      .limit(BACKFILL_PAGE);
    if (after) query = query.startAfter(after);
    const page = await query.get();
    let written = 0;
    for (const doc of page.docs) {
      const done = await db().runTransaction(async (tx) => {
        const [chat, summary] = await Promise.all([
          tx.get(chatRef(ws, doc.id)),
          tx.get(chatHistoryEntryRef(ws, historyEntryId(doc.id, WORKSPACE_SCOPE))),
        ]);
        const current = chat.data();
        if (summary.exists || !current) return false;
        if (current.status !== 'closed' && current.status !== 'missed') return false;
        const write = await prepareHistory(
          tx,
          ws,
          current,
          current.closedAt ?? current.lastMessageAt,
        );
        write(current.status);
        return true;
      });
      if (done) written++;
    }
    if (written > 0) {
      await writeAudit(ws, {
        actor: caller.uid,
        action: 'history.backfilled',
        target: 'chatHistory',
        details: { chats: written },
      });
    }
    const next = page.docs.length === BACKFILL_PAGE ? (page.docs.at(-1)?.id ?? null) : null;
    return { examined: page.docs.length, written, next };
  },
);
