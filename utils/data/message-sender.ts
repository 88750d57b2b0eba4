import { doc, type Firestore, getDocFromServer, serverTimestamp, setDoc } from 'firebase/firestore';
import { paths } from '../domain/paths.ts';
import { operatorMessageData } from './collections/chat-messages.ts';
import { internalMessageData } from './collections/internal-chats.ts';
import { parseConversationKey } from './conversation-key.ts';
import type { OutboxRow } from './local-db.ts';
import { type MessageSender, SendRefused } from './outbox.ts';

const REFUSALS = new Set([
  'permission-denied',
  'invalid-argument',
  'failed-precondition',
  'not-found',
]);

/**
 * Writes outbox rows to Firestore with their fixed ids. Firestore's promise settles when the
 * server acknowledges, so while offline this simply waits (the row shows "sending").
 */
export function firestoreSender(db: Firestore): MessageSender {
  return async (row: OutboxRow) => {
    const target = parseConversationKey(row.conversation);
    if (!target) throw new SendRefused('Unknown conversation.');
    const { kind, workspaceId: ws, id } = target;
    const ref =
      kind === 'chat'
        ? doc(db, paths.chatMessage(ws, id, row.id))
        : doc(db, paths.internalMessage(ws, id, row.id));
    const data =
      kind === 'chat'
        ? operatorMessageData(row.author, row.text)
        : internalMessageData(row.author, row.text);
    try {
      await setDoc(ref, data);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!REFUSALS.has(code)) throw error;
      // A resend of a message that did arrive (the panel closed before the acknowledgement)
      // is an update the rules refuse: the message is there, so it counts as sent.
      const existing = await getDocFromServer(ref).catch(() => null);
      if (
        existing?.exists() &&
        (existing.data() as { from?: { uid?: string } }).from?.uid === row.uid
      ) {
        return;
      }
      throw new SendRefused(
        kind === 'chat'
          ? 'Not sent: this chat is closed or no longer yours.'
          : 'Not sent: you are not a member of this conversation.',
      );
    }
    if (kind === 'internal') {
      // Keeps the other operator's tab order fresh; the message itself is what matters.
      await setDoc(
        doc(db, paths.internalChat(ws, id)),
        { lastMessageAt: serverTimestamp() },
        { merge: true },
      ).catch(() => {});
    }
  };
}
