import { FieldValue } from 'firebase-admin/firestore';
import type { DeclineTransferResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat } from '../chat-ops.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { operatorRef } from '../data/operators.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateChatRequest } from '../requests.ts';

/** The receiver declines, or the sender (or an admin) withdraws, a pending transfer. */
export const declineTransfer = callable(
  'declineTransfer',
  async (request): Promise<DeclineTransferResponse> => {
    const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
    const caller = requireOperator(request, ws);
    await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      const transfer = chat.transfer;
      if (!transfer) fail('failed-precondition', 'No transfer is waiting on this chat.');
      const isReceiver = transfer.to === caller.uid;
      const isSender = transfer.from === caller.uid;
      if (!isReceiver && !isSender && caller.role !== 'admin') {
        fail('permission-denied', 'Only the two operators of a transfer can decline it.');
      }
      const who = (await tx.get(operatorRef(ws, caller.uid))).data()?.displayName ?? 'An operator';
      tx.update(chatRef(ws, chatId), { transfer: FieldValue.delete() });
      addSystemMessage(
        tx,
        ws,
        chatId,
        isReceiver ? `${who} declined the transfer.` : `${who} withdrew the transfer request.`,
      );
    });
    return { chatId };
  },
);
