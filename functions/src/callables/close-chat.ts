import { FieldValue } from 'firebase-admin/firestore';
import type { CloseChatResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { operatorOf, requireSignedIn } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { prepareHistory } from '../chat-history.ts';
import { getChat, operatorName, prepareActiveChatsChange } from '../chat-ops.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { isWaiting, leaveQueue } from '../offers.ts';
import { validateChatRequest } from '../requests.ts';

/**
 * Ends a chat: its visitor ("End chat" in the widget), the operator who owns it, or an admin of
 * the workspace. Frees the operator's slot; a pending transfer dies with the chat. Closing a chat
 * that is already over is a no-op, so a double click is harmless.
 */
export const closeChat = callable('closeChat', async (request): Promise<CloseChatResponse> => {
  const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
  const uid = requireSignedIn(request);
  const operator = operatorOf(request, ws);
  const isAdmin = operator?.role === 'admin';

  await db().runTransaction(async (tx) => {
    const chat = await getChat(tx, ws, chatId);
    const isVisitor = chat.visitor.uid === uid;
    const isOwner = operator !== null && chat.operatorId === uid;
    if (!isVisitor && !isOwner && !isAdmin) {
      fail('permission-denied', 'Only the visitor, the chat’s operator or an admin can close it.', {
        reason: 'close-not-allowed',
      });
    }
    if (chat.status === 'closed' || chat.status === 'missed') return;

    const closer = isVisitor ? chat.visitor.name : await operatorName(tx, ws, uid);
    const freeSlot =
      chat.status === 'active' && chat.operatorId
        ? await prepareActiveChatsChange(tx, ws, chat.operatorId, -1)
        : null;
    const writeHistory = await prepareHistory(tx, ws, chat);
    // A visitor who gives up waiting (or leaves a message instead) leaves the queue (ADR 008).
    if (isWaiting(chat)) await leaveQueue(tx, ws, chatId);
    tx.update(chatRef(ws, chatId), {
      status: 'closed',
      offeredTo: [],
      offerExpiresAt: FieldValue.delete(),
      transfer: FieldValue.delete(),
      closedAt: FieldValue.serverTimestamp(),
      lastMessageAt: FieldValue.serverTimestamp(),
    });
    freeSlot?.();
    writeHistory('closed');
    addSystemMessage(tx, ws, chatId, `${closer} ended the chat.`);
  });
  return { chatId };
});
