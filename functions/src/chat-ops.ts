import { type DocumentReference, FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { Chat, Operator, Presence, WithId } from '../../utils/domain/model.ts';
import { chatRef } from './data/chats.ts';
import { operatorRef } from './data/operators.ts';
import { presenceRef } from './data/presence.ts';
import { fail } from './errors.ts';

/** Reads a chat inside a transaction; not-found when it doesn't exist. */
export async function getChat(tx: Transaction, ws: string, chatId: string): Promise<WithId<Chat>> {
  const chat = (await tx.get(chatRef(ws, chatId))).data();
  if (!chat) fail('not-found', 'That chat does not exist.', { reason: 'chat-missing' });
  return chat;
}

/** An operator's display name for a chat note; `fallback` when the account is gone. */
export async function operatorName(
  tx: Transaction,
  ws: string,
  uid: string,
  fallback = 'An operator',
): Promise<string> {
  return (await tx.get(operatorRef(ws, uid))).data()?.displayName ?? fallback;
}

/** The write that moves activeChats by `delta` from `current` (the presence as read), never below 0. */
function activeChatsWriter(
  tx: Transaction,
  ref: DocumentReference<WithId<Presence>>,
  current: WithId<Presence> | undefined,
  delta: number,
  extra: Partial<Presence> = {},
): () => void {
  return () => {
    if (!current) {
      tx.set(ref, {
        id: ref.id,
        state: 'offline',
        lastSeen: FieldValue.serverTimestamp(),
        activeChats: Math.max(0, delta),
        ...extra,
      });
    } else {
      tx.update(ref, { activeChats: Math.max(0, current.activeChats + delta), ...extra });
    }
  };
}

/**
 * Changes an operator's activeChats by `delta` inside a transaction. Needs the presence doc read
 * first (transactions read before they write), so it returns a writer.
 */
export async function prepareActiveChatsChange(
  tx: Transaction,
  ws: string,
  uid: string,
  delta: number,
): Promise<() => void> {
  const ref = presenceRef(ws, uid);
  return activeChatsWriter(tx, ref, (await tx.get(ref)).data(), delta);
}

/**
 * The operator taking on a chat (acceptChat, `/a`): their account must be active and a chat
 * slot free (activeChats < maxChats). Returns them and the writer that counts the chat.
 */
export async function claimChatSlot(
  tx: Transaction,
  ws: string,
  uid: string,
): Promise<{ operator: WithId<Operator>; takeSlot: () => void }> {
  const ref = presenceRef(ws, uid);
  const [operator, presence] = await Promise.all([
    tx.get(operatorRef(ws, uid)).then((snapshot) => snapshot.data()),
    tx.get(ref).then((snapshot) => snapshot.data()),
  ]);
  if (!operator?.active)
    fail('permission-denied', 'Your operator account is not active.', {
      reason: 'account-inactive',
    });
  const activeChats = presence?.activeChats ?? 0;
  if (activeChats >= operator.maxChats) {
    fail(
      'failed-precondition',
      `You already have ${activeChats} chats, your maximum; close one before taking another.`,
      { reason: 'chat-limit', count: activeChats },
    );
  }
  // Taking a chat answers the offers: the count of lapsed ones starts again (ADR 008).
  return { operator, takeSlot: activeChatsWriter(tx, ref, presence, 1, { lapsedOffers: 0 }) };
}
