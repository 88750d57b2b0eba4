import { FieldValue } from 'firebase-admin/firestore';
import type { AcceptTransferResponse } from '../../../utils/domain/callables.ts';
import {
  acceptTransferRefusal,
  pickTransferToAccept,
  transferAlreadyAccepted,
  transferNotes,
  transferTimeoutMs,
} from '../../../utils/domain/transfer.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { claimChatSlot, getChat, operatorName, prepareActiveChatsChange } from '../chat-ops.ts';
import { writeAudit } from '../data/audit-log.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { valid } from '../input.ts';
import { refuse, unlessRefused } from '../refusals.ts';
import { validateAcceptTransferRequest } from '../requests.ts';

/**
 * `/a`: the receiver takes over a chat transferred to them (without a chatId: the one transfer
 * waiting for them). The chat moves to them, the sender's slot is freed and theirs taken, in one
 * transaction; a lapsed, withdrawn or superseded request is refused. Accepting again a chat the
 * caller already took over (a retry after a dropped connection) answers the same and changes
 * nothing.
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
      if (transferAlreadyAccepted(chat, caller)) return;
      refuse(acceptTransferRefusal(chat, caller, now, timeoutMs));
      const { operator: receiver, takeSlot } = await claimChatSlot(tx, ws, caller.uid);
      // acceptTransferRefusal has checked that the chat still belongs to the sender.
      const sender = chat.operatorId!;
      const senderName = await operatorName(tx, ws, sender);
      const freeSenderSlot = await prepareActiveChatsChange(tx, ws, sender, -1);
      tx.update(chatRef(ws, chatId), {
        operatorId: caller.uid,
        operatorName: receiver.displayName,
        transfer: FieldValue.delete(),
        // The sender too: a chat accepted before participants were recorded lacks them.
        participantIds: FieldValue.arrayUnion(sender, caller.uid),
        lastMessageAt: FieldValue.serverTimestamp(),
      });
      freeSenderSlot();
      takeSlot();
      addSystemMessage(tx, ws, chatId, transferNotes.accepted(senderName, receiver.displayName));
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'transfer.accepted',
          target: chatId,
          details: { from: sender, to: caller.uid },
        },
        tx,
      );
    });
    return { chatId };
  },
);
