import { FieldValue } from 'firebase-admin/firestore';
import type { AcceptChatResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat, prepareActiveChatsChange } from '../chat-ops.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { operatorRef } from '../data/operators.ts';
import { presenceRef } from '../data/presence.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateChatRequest } from '../requests.ts';

/**
 * An operator takes a queued chat. A transaction makes the first accept win: the loser reads the
 * chat as already active and gets failed-precondition. The winner's activeChats goes up by one.
 */
export const acceptChat = callable('acceptChat', async (request): Promise<AcceptChatResponse> => {
  const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
  const caller = requireOperator(request, ws);
  await db().runTransaction(async (tx) => {
    const chat = await getChat(tx, ws, chatId);
    const operator = (await tx.get(operatorRef(ws, caller.uid))).data();
    const presence = (await tx.get(presenceRef(ws, caller.uid))).data();
    if (!operator?.active) fail('permission-denied', 'Your operator account is not active.');
    if (chat.status === 'active') {
      fail('failed-precondition', 'Another operator has already accepted this chat.');
    }
    if (chat.status !== 'queued') fail('failed-precondition', 'This chat is no longer waiting.');
    if (!chat.offeredTo.includes(caller.uid) && caller.role !== 'admin') {
      fail('permission-denied', 'This chat was not offered to you.');
    }
    const activeChats = presence?.activeChats ?? 0;
    if (activeChats >= operator.maxChats) {
      fail(
        'failed-precondition',
        `You already have ${activeChats} chats, your maximum; close one before accepting another.`,
      );
    }
    const countUp = await prepareActiveChatsChange(tx, ws, caller.uid, 1);
    tx.update(chatRef(ws, chatId), {
      status: 'active',
      operatorId: caller.uid,
      // The widget shows who joined from the chat itself, before any message arrives.
      operatorName: operator.displayName,
      offeredTo: [],
      acceptedAt: FieldValue.serverTimestamp(),
      lastMessageAt: FieldValue.serverTimestamp(),
    });
    countUp();
    addSystemMessage(tx, ws, chatId, `${operator.displayName} joined the chat.`);
  });
  return { chatId };
});
