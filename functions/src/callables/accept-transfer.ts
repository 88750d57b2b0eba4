import { FieldValue } from 'firebase-admin/firestore';
import type { AcceptTransferResponse } from '../../../utils/domain/callables.ts';
import {
  acceptTransferRefusal,
  pickTransferToAccept,
  transferNotes,
} from '../../../utils/domain/transfer.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat, prepareActiveChatsChange } from '../chat-ops.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';
import { operatorRef } from '../data/operators.ts';
import { presenceRef } from '../data/presence.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateAcceptTransferRequest } from '../requests.ts';
import { refuse, transferTimeoutMs, unlessRefused } from '../transfers.ts';

/**
 * `/a`: the receiver takes over a chat transferred to them (without a chatId: the one transfer
 * waiting for them). The chat moves to them, the sender's slot is freed and theirs taken, in one
 * transaction; a lapsed, withdrawn or superseded request is refused.
 */
export const acceptTransfer = callable(
  'acceptTransfer',
  async (request): Promise<AcceptTransferResponse> => {
    const input = valid(validateAcceptTransferRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws);
    const now = new Date();
    const timeoutMs = transferTimeoutMs((await workspaceRef(ws).get()).data());
    const chatId =
      input.chatId ??
      unlessRefused(
        pickTransferToAccept(
          (await chatsCol(ws).where('transfer.to', '==', caller.uid).get()).docs.map((d) =>
            d.data(),
          ),
          caller.uid,
          now,
          timeoutMs,
        ),
      ).id;

    await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      const receiver = (await tx.get(operatorRef(ws, caller.uid))).data();
      const presence = (await tx.get(presenceRef(ws, caller.uid))).data();
      refuse(acceptTransferRefusal(chat, caller, now, timeoutMs));
      if (!receiver?.active) fail('permission-denied', 'Your operator account is not active.');
      if ((presence?.activeChats ?? 0) >= receiver.maxChats) {
        fail('failed-precondition', 'You have no free chat slot; close a chat first.');
      }
      const previous = chat.operatorId;
      const sender = previous ? (await tx.get(operatorRef(ws, previous))).data() : undefined;
      const freeSenderSlot = previous ? await prepareActiveChatsChange(tx, ws, previous, -1) : null;
      const takeSlot = await prepareActiveChatsChange(tx, ws, caller.uid, 1);
      tx.update(chatRef(ws, chatId), {
        operatorId: caller.uid,
        operatorName: receiver.displayName,
        transfer: FieldValue.delete(),
        lastMessageAt: FieldValue.serverTimestamp(),
      });
      freeSenderSlot?.();
      takeSlot();
      addSystemMessage(
        tx,
        ws,
        chatId,
        transferNotes.accepted(sender?.displayName ?? 'An operator', receiver.displayName),
      );
    });
    return { chatId };
  },
);
