import { FieldValue } from 'firebase-admin/firestore';
import type { Chat, WithId, Workspace } from '../../../utils/domain/model.ts';
import { isOverdue, queueTimeoutMs } from '../../../utils/domain/queue-timeout.ts';
import { db } from '../admin.ts';
import { prepareHistory } from '../chat-history.ts';
import { addSystemMessage, chatMessagesCol, chatRef, chatsCol } from '../data/chats.ts';
import { attemptDelivery } from '../mail/delivery.ts';
import { offlineMailbox } from '../mail/offline-mailbox.ts';
import { offlineRecipients } from '../mail/recipients.ts';
import { isWaiting, leaveQueue } from '../offers.ts';
import { writeOfflineMessage } from '../offline-messages.ts';

/** What the visitor wrote while waiting, as the body of the off-line message. */
async function visitorTranscript(ws: string, chatId: string): Promise<string> {
  const messages = await chatMessagesCol(ws, chatId).orderBy('sentAt').get();
  const lines = messages.docs
    .map((d) => d.data())
    .filter((m) => m.from.kind === 'visitor')
    .map((m) => m.text);
  return lines.length > 0
    ? lines.join('\n\n')
    : '(The visitor waited for an operator but wrote no message.)';
}

/**
 * Marks one overdue queued chat missed (re-checked in a transaction: an accept that got there first
 * wins) and, when the visitor left an email, turns it into an off-line message that is mailed to
 * the workspace's recipients. Returns whether the chat was marked.
 */
export async function markMissed(ws: string, chat: WithId<Chat>, now: Date): Promise<boolean> {
  const email = chat.visitor.email;
  const [message, to] = email
    ? await Promise.all([visitorTranscript(ws, chat.id), offlineRecipients(ws)])
    : [null, []];
  const created = await db().runTransaction(async (tx) => {
    const current = (await tx.get(chatRef(ws, chat.id))).data();
    if (current?.status !== 'queued') return null;
    const writeHistory = await prepareHistory(tx, ws, current);
    if (isWaiting(current)) await leaveQueue(tx, ws, chat.id);
    tx.update(chatRef(ws, chat.id), {
      status: 'missed',
      offeredTo: [],
      offerExpiresAt: FieldValue.delete(),
      closedAt: FieldValue.serverTimestamp(),
    });
    writeHistory('missed');
    addSystemMessage(
      tx,
      ws,
      chat.id,
      email
        ? 'Sorry, nobody could answer in time. Your message was passed on and we will reply by email.'
        : 'Sorry, nobody could answer in time. Please try again later.',
    );
    if (!email || message === null) return { offline: null };
    const offline = writeOfflineMessage(
      tx,
      ws,
      {
        name: chat.visitor.name,
        email,
        message,
        departmentId: chat.departmentId,
        pageUrl: chat.pageUrl,
        chatId: chat.id,
      },
      to,
      now,
    );
    return { offline };
  });
  if (!created) return false;
  if (created.offline) await attemptDelivery(ws, offlineMailbox, created.offline, now);
  return true;
}

/** Every queued chat of the workspace older than its queue timeout becomes missed. */
export async function sweepMissedChats(
  ws: string,
  workspace: Workspace,
  now: Date,
): Promise<number> {
  const timeout = queueTimeoutMs(workspace);
  const queued = await chatsCol(ws).where('status', '==', 'queued').get();
  let missed = 0;
  for (const doc of queued.docs) {
    const chat = doc.data();
    if (isOverdue(chat, timeout, now) && (await markMissed(ws, chat, now))) missed++;
  }
  return missed;
}
