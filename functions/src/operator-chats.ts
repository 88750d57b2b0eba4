import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { Chat, WithId } from '../../utils/domain/model.ts';
import type { Offer } from '../../utils/domain/offers.ts';
import { db } from './admin.ts';
import { commitSteps } from './batches.ts';
import { prepareHistory } from './chat-history.ts';
import { prepareActiveChatsChange } from './chat-ops.ts';
import { addSystemMessage, chatRef, chatsCol } from './data/chats.ts';
import { handBackNotes, planHandBack } from './hand-back.ts';
import { placeChat } from './offers.ts';
import { loadRoutingContext } from './routing-context.ts';

/** The chats an operator is answering now. */
export const activeChatsOf = (ws: string, uid: string) =>
  chatsCol(ws).where('operatorId', '==', uid).where('status', '==', 'active').get();

/** A renamed operator's new name on the chats they are answering (the widget shows it). */
export async function renameOnChats(ws: string, uid: string, displayName: string): Promise<void> {
  const owned = await activeChatsOf(ws, uid);
  await commitSteps(
    owned.docs.map((doc) => (batch) => batch.update(doc.ref, { operatorName: displayName })),
  );
}

export interface HandBackCounts {
  requeuedChats: number;
  closedChats: number;
}

/**
 * Takes an operator who can no longer answer (deleted or deactivated; already inactive, so
 * routing skips them) off every chat: their ongoing chats go back to the queue or close, offers
 * and transfers to them are withdrawn (hand-back.ts). Each chat is re-read in its own
 * transaction, so a visitor closing or a colleague accepting meanwhile wins.
 */
export async function handBackChats(
  ws: string,
  leaving: { uid: string; displayName: string },
): Promise<HandBackCounts> {
  const { uid, displayName } = leaving;
  const [context, owned, offered, transfersTo] = await Promise.all([
    loadRoutingContext(ws),
    activeChatsOf(ws, uid),
    chatsCol(ws).where('offeredTo', 'array-contains', uid).get(),
    chatsCol(ws).where('transfer.to', '==', uid).get(),
  ]);
  context.operators = context.operators.filter((op) => op.id !== uid);
  // Offered per the workspace's offer mode (ADR 008); the deadline goes with a one-at-a-time offer.
  const offerFor = (chat: WithId<Chat>): Offer => {
    const placed = placeChat(context, chat, [uid]);
    return placed.kind === 'offer' ? placed.offer : { offeredTo: [] };
  };
  const candidatesFor = (chat: WithId<Chat>) => () => offerFor(chat).offeredTo;
  const deadlineFor = (chat: WithId<Chat>, offeredTo: string[]) => {
    const offer = offerFor(chat);
    return offer.expiresAt && offer.offeredTo.join() === offeredTo.join()
      ? { offerExpiresAt: Timestamp.fromDate(offer.expiresAt) }
      : {};
  };
  const chatIds = new Set([...owned.docs, ...offered.docs, ...transfersTo.docs].map((d) => d.id));

  const counts: HandBackCounts = { requeuedChats: 0, closedChats: 0 };
  for (const chatId of chatIds) {
    const ref = chatRef(ws, chatId);
    const done = await db().runTransaction(async (tx) => {
      const chat = (await tx.get(ref)).data();
      const plan = chat ? planHandBack(chat, uid, candidatesFor(chat)) : null;
      if (!plan) return null;
      if (plan.kind === 'withdrawOffer') {
        tx.update(ref, { offeredTo: plan.offeredTo, ...deadlineFor(chat!, plan.offeredTo) });
      } else if (plan.kind === 'withdrawTransfer') {
        tx.update(ref, { transfer: FieldValue.delete() });
        addSystemMessage(tx, ws, chatId, handBackNotes.withdrawTransfer(displayName));
      } else {
        const freeSlot = await prepareActiveChatsChange(tx, ws, uid, -1);
        const writeHistory = plan.kind === 'close' ? await prepareHistory(tx, ws, chat!) : null;
        tx.update(
          ref,
          plan.kind === 'requeue'
            ? {
                status: 'queued',
                operatorId: FieldValue.delete(),
                operatorName: FieldValue.delete(),
                offeredTo: plan.offeredTo,
                ...deadlineFor(chat!, plan.offeredTo),
                transfer: FieldValue.delete(),
                // The queue timeout counts from now, not from when the visitor first arrived.
                queuedAt: FieldValue.serverTimestamp(),
              }
            : {
                status: 'closed',
                transfer: FieldValue.delete(),
                closedAt: FieldValue.serverTimestamp(),
              },
        );
        freeSlot();
        writeHistory?.('closed');
        addSystemMessage(tx, ws, chatId, handBackNotes[plan.kind](displayName));
      }
      return plan.kind;
    });
    if (done === 'requeue') counts.requeuedChats++;
    if (done === 'close') counts.closedChats++;
  }
  return counts;
}
