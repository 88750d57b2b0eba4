import { attemptDelivery, claimDue } from '../mail/delivery.ts';
import type { Mailable, Mailbox } from '../mail/mailbox.ts';
import { offlineMailbox } from '../mail/offline-mailbox.ts';
import { isDue } from '../mail/retry-policy.ts';
import { transcriptMailbox } from '../mail/transcript-mailbox.ts';

/** Sends every pending mail of one kind whose next attempt is due (lease taken first). */
async function retryDue<D extends Mailable>(ws: string, box: Mailbox<D>, now: Date) {
  const pending = await box.collection(ws).where('delivery.status', '==', 'pending').get();
  let sent = 0;
  let failed = 0;
  for (const doc of pending.docs) {
    if (!isDue(doc.data().delivery, now)) continue;
    const claimed = await claimDue(ws, box, doc.id, now);
    if (!claimed) continue;
    const delivery = await attemptDelivery(ws, box, claimed, now);
    if (delivery.status === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}

/** Off-line messages and transcripts whose next attempt is due. */
export async function retryDueMail(
  ws: string,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const results = [
    await retryDue(ws, offlineMailbox, now),
    await retryDue(ws, transcriptMailbox, now),
  ];
  return {
    sent: results.reduce((sum, r) => sum + r.sent, 0),
    failed: results.reduce((sum, r) => sum + r.failed, 0),
  };
}
