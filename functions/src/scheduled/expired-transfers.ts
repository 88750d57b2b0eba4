import { FieldValue } from 'firebase-admin/firestore';
import type { Workspace } from '../../../utils/domain/model.ts';
import { transferNotes, transferState, transferTimeoutMs } from '../../../utils/domain/transfer.ts';
import { db } from '../admin.ts';
import { operatorName } from '../chat-ops.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';

/**
 * Transfer requests nobody accepted in time are withdrawn with a note in the chat ("…expired
 * without an answer"), which the sender's console shows. Each is re-checked in a transaction
 * (an `/a` may have got there first).
 */
export async function sweepExpiredTransfers(
  ws: string,
  workspace: Workspace,
  now: Date,
): Promise<number> {
  const timeoutMs = transferTimeoutMs(workspace);
  const active = await chatsCol(ws).where('status', '==', 'active').get();
  let expired = 0;
  for (const doc of active.docs) {
    if (transferState(doc.data(), now, timeoutMs).kind !== 'expired') continue;
    const done = await db().runTransaction(async (tx) => {
      const current = (await tx.get(chatRef(ws, doc.id))).data();
      if (!current?.transfer || transferState(current, now, timeoutMs).kind !== 'expired') {
        return false;
      }
      const to = await operatorName(tx, ws, current.transfer.to, 'the other operator');
      tx.update(chatRef(ws, doc.id), { transfer: FieldValue.delete() });
      addSystemMessage(tx, ws, doc.id, transferNotes.expired(to));
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
