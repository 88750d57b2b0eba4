import { FieldValue } from 'firebase-admin/firestore';
import type { DeclineTransferResponse } from '../../../utils/domain/callables.ts';
import { declineTransferRefusal, transferNotes } from '../../../utils/domain/transfer.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat, operatorName } from '../chat-ops.ts';
import { writeAudit } from '../data/audit-log.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { valid } from '../input.ts';
import { refuse } from '../refusals.ts';
import { validateChatRequest } from '../requests.ts';

/** The receiver declines, or the sender (or an admin) cancels, a pending transfer. */
export const declineTransfer = callable(
  'declineTransfer',
  async (request): Promise<DeclineTransferResponse> => {
    const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
    const caller = requireOperator(request, ws);
    await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      refuse(declineTransferRefusal(chat, caller));
      const who = await operatorName(tx, ws, caller.uid);
      tx.update(chatRef(ws, chatId), { transfer: FieldValue.delete() });
      const declined = chat.transfer?.to === caller.uid;
      const note = declined ? transferNotes.declined(who) : transferNotes.cancelled(who);
      addSystemMessage(tx, ws, chatId, note);
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: declined ? 'transfer.declined' : 'transfer.cancelled',
          target: chatId,
          details: { from: chat.transfer?.from ?? '', to: chat.transfer?.to ?? '' },
        },
        tx,
      );
    });
    return { chatId };
  },
);
