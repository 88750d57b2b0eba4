import { FieldValue } from 'firebase-admin/firestore';
import type { AcceptTransferResponse } from '../../../utils/domain/callables.ts';
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
import { hasLiveTransfer } from '../transfers.ts';

/** Without a chatId (`/a` typed anywhere): the one live transfer waiting for the caller. */
async function findPendingTransfer(ws: string, uid: string, now: Date): Promise<string> {
  const [workspace, waiting] = await Promise.all([
    workspaceRef(ws).get(),
    chatsCol(ws).where('transfer.to', '==', uid).get(),
  ]);
  const live = waiting.docs
    .map((d) => d.data())
    .filter((chat) => chat.status === 'active' && hasLiveTransfer(chat, workspace.data(), now));
  if (live.length === 0) fail('failed-precondition', 'No transfer is waiting for you.');
  if (live.length > 1) {
    fail('failed-precondition', 'Several transfers are waiting for you; accept one from its chat.');
  }
  return live[0]!.id;
}

/**
 * `/a`: the receiver takes over a chat transferred to them. The chat moves to them, the sender's
 * slot is freed and theirs taken, in one transaction (a lapsed or withdrawn transfer fails).
 */
export const acceptTransfer = callable(
  'acceptTransfer',
  async (request): Promise<AcceptTransferResponse> => {
    const input = valid(validateAcceptTransferRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws);
    const now = new Date();
    const chatId = input.chatId ?? (await findPendingTransfer(ws, caller.uid, now));

    await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      const workspace = (await tx.get(workspaceRef(ws))).data();
      const receiver = (await tx.get(operatorRef(ws, caller.uid))).data();
      const presence = (await tx.get(presenceRef(ws, caller.uid))).data();
      if (chat.status !== 'active' || chat.transfer?.to !== caller.uid) {
        fail('failed-precondition', 'No transfer to you is waiting on this chat.');
      }
      if (!hasLiveTransfer(chat, workspace, now)) {
        fail('failed-precondition', 'That transfer request has expired.');
      }
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
        transfer: FieldValue.delete(),
        lastMessageAt: FieldValue.serverTimestamp(),
      });
      freeSenderSlot?.();
      takeSlot();
      addSystemMessage(
        tx,
        ws,
        chatId,
        sender
          ? `${receiver.displayName} took over the chat from ${sender.displayName}.`
          : `${receiver.displayName} took over the chat.`,
      );
    });
    return { chatId };
  },
);
