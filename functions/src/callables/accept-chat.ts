import { FieldValue } from 'firebase-admin/firestore';
import type { AcceptChatResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { claimChatSlot, getChat } from '../chat-ops.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { isWaiting, leaveQueue } from '../offers.ts';
import { validateChatRequest } from '../requests.ts';

/**
 * An operator takes a queued chat. A transaction makes the first accept win: the loser reads the
 * chat as already active and gets failed-precondition. The winner's activeChats goes up by one
 * and their count of lapsed offers starts again (ADR 008). The winner accepting again (a retry
 * after a dropped connection) gets the same answer and changes nothing.
 */
export const acceptChat = callable('acceptChat', async (request): Promise<AcceptChatResponse> => {
  const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
  const caller = requireOperator(request, ws);
  await db().runTransaction(async (tx) => {
    const chat = await getChat(tx, ws, chatId);
    // A retry after the caller's connection dropped: the first accept went through.
    if (chat.status === 'active' && chat.operatorId === caller.uid) return;
    if (chat.status === 'active') {
      fail('failed-precondition', 'Another operator has already accepted this chat.', {
        reason: 'already-accepted',
      });
    }
    if (chat.status !== 'queued')
      fail('failed-precondition', 'This chat is no longer waiting.', {
        reason: 'no-longer-waiting',
      });
    if (!chat.offeredTo.includes(caller.uid) && caller.role !== 'admin') {
      fail('permission-denied', 'This chat was not offered to you.', { reason: 'not-offered' });
    }
    const { operator, takeSlot } = await claimChatSlot(tx, ws, caller.uid);
    // An admin may take a chat still waiting in the queue (ADR 008): it leaves the queue.
    if (isWaiting(chat)) await leaveQueue(tx, ws, chatId);
    tx.update(chatRef(ws, chatId), {
      status: 'active',
      operatorId: caller.uid,
      // The widget shows who joined from the chat itself, before any message arrives.
      operatorName: operator.displayName,
      offeredTo: [],
      offerExpiresAt: FieldValue.delete(),
      // Who took part: they read the transcript in History after the chat ends (ADR 007).
      participantIds: FieldValue.arrayUnion(caller.uid),
      acceptedAt: FieldValue.serverTimestamp(),
      lastMessageAt: FieldValue.serverTimestamp(),
    });
    takeSlot();
    addSystemMessage(tx, ws, chatId, `${operator.displayName} joined the chat.`);
  });
  return { chatId };
});
