import { FieldValue } from 'firebase-admin/firestore';
import type { Workspace } from '../../../utils/domain/model.ts';
import { db } from '../admin.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';
import { operatorRef } from '../data/operators.ts';
import { hasLiveTransfer } from '../transfers.ts';

/**
 * Transfer requests nobody accepted in time are withdrawn with a note in the chat ("…timed out"),
 * which the sender's console shows. Each is re-checked in a transaction (an /a may have won).
 */
export async function sweepExpiredTransfers(
  ws: string,
  workspace: Workspace,
  now: Date,
): Promise<number> {
  const active = await chatsCol(ws).where('status', '==', 'active').get();
  let expired = 0;
  for (const doc of active.docs) {
    const chat = doc.data();
    if (!chat.transfer || hasLiveTransfer(chat, workspace, now)) continue;
    const done = await db().runTransaction(async (tx) => {
      const current = (await tx.get(chatRef(ws, chat.id))).data();
      if (!current?.transfer || hasLiveTransfer(current, workspace, now)) return false;
      const to = (await tx.get(operatorRef(ws, current.transfer.to))).data();
      tx.update(chatRef(ws, chat.id), { transfer: FieldValue.delete() });
      addSystemMessage(
        tx,
        ws,
        chat.id,
        `The transfer request to ${to?.displayName ?? 'the other operator'} timed out.`,
      );
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
