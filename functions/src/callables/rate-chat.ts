import { FieldValue } from 'firebase-admin/firestore';
import type { RateChatResponse } from '../../../utils/domain/callables.ts';
import { historyEntryId, historyScopes } from '../../../utils/domain/history.ts';
import { db } from '../admin.ts';
import { requireSignedIn } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { participantsOf } from '../chat-history.ts';
import { getChat } from '../chat-ops.ts';
import { chatHistoryEntryRef } from '../data/chat-history.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateRateChatRequest } from '../requests.ts';

/**
 * The visitor's verdict on a chat that has ended ("Good" / "Bad" and a comment in the widget),
 * kept on the chat and on every one of its history summaries in one transaction, so History's
 * rating filter and the transcript agree, with a note in the chat. Rating again replaces it.
 */
export const rateChat = callable('rateChat', async (request): Promise<RateChatResponse> => {
  const { workspaceId: ws, chatId, rating, comment } = valid(validateRateChatRequest(request.data));
  const uid = requireSignedIn(request);
  await db().runTransaction(async (tx) => {
    const chat = await getChat(tx, ws, chatId);
    if (chat.visitor.uid !== uid)
      fail('permission-denied', 'Only the visitor rates a chat.', { reason: 'visitor-rates' });
    if (chat.status !== 'closed') {
      fail('failed-precondition', 'A chat can be rated once it has ended.', {
        reason: 'rating-before-end',
      });
    }
    // Chats that ended before History existed have no summaries: rate the chat alone.
    const refs = historyScopes(participantsOf(chat)).map((scope) =>
      chatHistoryEntryRef(ws, historyEntryId(chatId, scope)),
    );
    const entries = await Promise.all(refs.map((ref) => tx.get(ref)));
    tx.update(chatRef(ws, chatId), {
      rating: { value: rating, ...(comment ? { comment } : {}), at: FieldValue.serverTimestamp() },
    });
    for (const entry of entries) {
      if (!entry.exists) continue;
      tx.update(entry.ref, {
        rating,
        ratingComment: comment ?? FieldValue.delete(),
      });
    }
    // The operator sees it in the chat itself, as LiveChat and Chatwoot show a rating.
    addSystemMessage(
      tx,
      ws,
      chatId,
      `${chat.visitor.name} rated this chat ${rating}${comment ? `: “${comment}”` : '.'}`,
    );
  });
  return { chatId };
});
