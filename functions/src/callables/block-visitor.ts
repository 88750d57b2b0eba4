import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { blockUntil, nextBlockEntries } from '../../../utils/domain/blocks.ts';
import type { BlockVisitorResponse } from '../../../utils/domain/callables.ts';
import type { BlockEntry, Chat, WithId } from '../../../utils/domain/model.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { identityHash } from '../blocks.ts';
import { callable } from '../callable.ts';
import { prepareHistory } from '../chat-history.ts';
import { getChat, operatorName, prepareActiveChatsChange } from '../chat-ops.ts';
import { writeAudit } from '../data/audit-log.ts';
import { blockRef, blockSummaryRef, blocksCol, writeBlockSummary } from '../data/blocks.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';
import { rateLimitRef } from '../data/rate-limits.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateBlockVisitorRequest } from '../requests.ts';

/** The note an ended chat of a blocked visitor gets (the visitor reads it too). */
export const BLOCKED_NOTE = 'Chat is no longer available. This conversation has ended.';

/**
 * The chat's operator (or an admin) blocks its visitor (ADR 010): for their browser (uid), the
 * email they gave and the network address the functions last saw them call from (the hash
 * startChat keeps in their rate-limit log). One transaction writes the block record, the block
 * summary the widget's callables and the rules read, the audit entry, and closes the visitor's
 * open chats with a note.
 */
export const blockVisitor = callable(
  'blockVisitor',
  async (request): Promise<BlockVisitorResponse> => {
    const input = valid(validateBlockVisitorRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws);
    const now = new Date();
    const until = blockUntil(input.duration, now);
    const record = blocksCol(ws).doc();

    const closedChats = await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, input.chatId);
      if (caller.role !== 'admin' && chat.operatorId !== caller.uid) {
        fail('permission-denied', 'Only the chat’s operator or an admin can block its visitor.', {
          reason: 'block-not-allowed',
        });
      }
      const visitor = chat.visitor;
      const [summary, rateLog, byName, open] = await Promise.all([
        tx.get(blockSummaryRef(ws)).then((s) => s.data()),
        tx.get(rateLimitRef(ws, visitor.uid)).then((s) => s.data()),
        operatorName(tx, ws, caller.uid),
        tx.get(
          chatsCol(ws)
            .where('visitor.uid', '==', visitor.uid)
            .where('status', 'in', ['queued', 'active']),
        ),
      ]);
      const closing = open.docs.map((d) => d.data());
      const closeAll = await prepareClosing(tx, ws, closing);

      const entry: BlockEntry = {
        uid: visitor.uid,
        ...(visitor.email ? { emailHash: identityHash('email', ws, visitor.email) } : {}),
        ...(rateLog?.addressHash ? { addressHash: rateLog.addressHash } : {}),
        until,
      };
      const entries = nextBlockEntries(summary?.entries ?? {}, record.id, entry, now);
      writeBlockSummary(tx, ws, entries);
      tx.set(blockRef(ws, record.id), {
        id: record.id,
        visitor: { uid: visitor.uid, name: visitor.name, email: visitor.email },
        chatId: chat.id,
        reason: input.reason,
        until,
        byEmail: Boolean(entry.emailHash),
        byAddress: Boolean(entry.addressHash),
        createdAt: FieldValue.serverTimestamp(),
        createdBy: { uid: caller.uid, name: byName },
      });
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'visitor.blocked',
          target: record.id,
          details: { chatId: chat.id, visitor: visitor.name, duration: input.duration },
        },
        tx,
      );
      closeAll();
      return closing.length;
    });
    return {
      blockId: record.id,
      ...(until ? { until: until.toISOString() } : {}),
      closedChats,
    };
  },
);

/**
 * Reads what closing `chats` needs (each operator's load once, the history summaries) and returns
 * the writes that close them, as closeChat does, with BLOCKED_NOTE.
 */
async function prepareClosing(
  tx: Transaction,
  ws: string,
  chats: WithId<Chat>[],
): Promise<() => void> {
  const load = new Map<string, number>();
  for (const chat of chats) {
    if (chat.status === 'active' && chat.operatorId)
      load.set(chat.operatorId, (load.get(chat.operatorId) ?? 0) - 1);
  }
  const [slots, histories] = await Promise.all([
    Promise.all([...load].map(([uid, delta]) => prepareActiveChatsChange(tx, ws, uid, delta))),
    Promise.all(chats.map((chat) => prepareHistory(tx, ws, chat))),
  ]);
  return () => {
    for (const free of slots) free();
    chats.forEach((chat, i) => {
      tx.update(chatRef(ws, chat.id), {
        status: 'closed',
        offeredTo: [],
        transfer: FieldValue.delete(),
        closedAt: FieldValue.serverTimestamp(),
        lastMessageAt: FieldValue.serverTimestamp(),
      });
      histories[i]!('closed');
      addSystemMessage(tx, ws, chat.id, BLOCKED_NOTE);
    });
  };
}
