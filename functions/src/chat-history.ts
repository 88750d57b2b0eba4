import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { historyEntryId, historyScopes } from '../../utils/domain/history.ts';
import type { Chat, ChatHistoryEntry, WithId } from '../../utils/domain/model.ts';
import { historyWords } from '../../utils/domain/search-words.ts';
import { chatHistoryEntryRef } from './data/chat-history.ts';
import { chatMessagesCol } from './data/chats.ts';
import { operatorRef } from './data/operators.ts';

/**
 * How many of a chat's first messages the summary reads for its search words: enough to fill
 * MAX_HISTORY_WORDS (200) for any ordinary conversation, so a long chat costs no more to close.
 */
export const HISTORY_MESSAGES_READ = 60;

/** Everyone who owned the chat: the participants recorded at accept and transfer, and the owner. */
export function participantsOf(chat: Pick<Chat, 'participantIds' | 'operatorId'>): string[] {
  return [
    ...new Set([...(chat.participantIds ?? []), ...(chat.operatorId ? [chat.operatorId] : [])]),
  ];
}

/**
 * Reads what a chat's history summaries need (its messages, its operators' names) inside the
 * transaction that ends it, and returns the writer of the summaries (ADR 007): one for the
 * workspace and one per participant, so that History lists and searches them without ever
 * reading messages. Writing them in that transaction means a chat that is over always has them.
 */
export async function prepareHistory(
  tx: Transaction,
  ws: string,
  chat: WithId<Chat>,
  /** When the chat ended, for a chat that ended earlier (the backfill); else now. */
  endedAt?: Date,
): Promise<(outcome: ChatHistoryEntry['outcome']) => void> {
  const operatorIds = participantsOf(chat);
  const messagesOf = chatMessagesCol(ws, chat.id);
  // What the summary needs without reading every message (cost, ADR 006): the search words stop
  // at MAX_HISTORY_WORDS, which the first messages fill, and the count is one aggregation.
  const [messages, counted, operators] = await Promise.all([
    tx.get(messagesOf.orderBy('sentAt').limit(HISTORY_MESSAGES_READ)),
    tx.get(messagesOf.where('from.kind', 'in', ['visitor', 'operator']).count()),
    Promise.all(operatorIds.map((uid) => tx.get(operatorRef(ws, uid)))),
  ]);
  const spoken = messages.docs.map((doc) => doc.data()).filter((m) => m.from.kind !== 'system');
  const firstResponse = spoken.find((m) => m.from.kind === 'operator' && m.from.uid);
  const operatorNames = operators.map(
    (snapshot, i) =>
      snapshot.data()?.displayName ??
      (operatorIds[i] === chat.operatorId ? chat.operatorName : undefined) ??
      'An operator',
  );
  return (outcome) => {
    const entry = {
      chatId: chat.id,
      outcome,
      visitor: chat.visitor,
      ...(chat.departmentId ? { departmentId: chat.departmentId } : {}),
      pageUrl: chat.pageUrl,
      operatorIds,
      operatorNames,
      createdAt: chat.createdAt,
      ...(chat.acceptedAt ? { acceptedAt: chat.acceptedAt } : {}),
      closedAt: endedAt ?? FieldValue.serverTimestamp(),
      messageCount: counted.data().count,
      ...(firstResponse
        ? { firstResponseAt: firstResponse.sentAt, firstResponderId: firstResponse.from.uid }
        : {}),
      rating: chat.rating?.value ?? ('none' as const),
      ...(chat.rating?.comment ? { ratingComment: chat.rating.comment } : {}),
      words: historyWords(
        chat.visitor,
        spoken.map((m) => m.text),
      ),
    };
    for (const scope of historyScopes(operatorIds)) {
      const id = historyEntryId(chat.id, scope);
      tx.set(chatHistoryEntryRef(ws, id), { id, ...entry, scope });
    }
  };
}
