import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { Chat, WithId } from '../../utils/domain/model.ts';
import { chatRef } from './data/chats.ts';
import { presenceRef } from './data/presence.ts';
import { fail } from './errors.ts';

/** Reads a chat inside a transaction; not-found when it doesn't exist. */
export async function getChat(tx: Transaction, ws: string, chatId: string): Promise<WithId<Chat>> {
  const chat = (await tx.get(chatRef(ws, chatId))).data();
  if (!chat) fail('not-found', 'That chat does not exist.');
  return chat;
}

/**
 * Changes an operator's activeChats by `delta` inside a transaction, never below zero. Needs the
 * presence doc read first (transactions read before they write), so it returns a writer.
 */
export async function prepareActiveChatsChange(
  tx: Transaction,
  ws: string,
  uid: string,
  delta: number,
): Promise<() => void> {
  const ref = presenceRef(ws, uid);
  const current = (await tx.get(ref)).data();
  return () => {
    if (!current) {
      tx.set(ref, {
        id: uid,
        state: 'offline',
        lastSeen: FieldValue.serverTimestamp(),
        activeChats: Math.max(0, delta),
      });
    } else {
      tx.update(ref, { activeChats: Math.max(0, current.activeChats + delta) });
    }
  };
}
