import { offlineMessagesCol } from '../data/offline-messages.ts';
import { attemptDelivery, claimDue } from '../mail/delivery.ts';
import { isDue } from '../mail/retry-policy.ts';

/** Sends every pending off-line message whose next attempt is due (lease taken first). */
export async function retryDueMail(
  ws: string,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const pending = await offlineMessagesCol(ws).where('delivery.status', '==', 'pending').get();
  let sent = 0;
  let failed = 0;
  for (const doc of pending.docs) {
    if (!isDue(doc.data().delivery, now)) continue;
    const claimed = await claimDue(ws, doc.id, now);
    if (!claimed) continue;
    const delivery = await attemptDelivery(ws, claimed, now);
    if (delivery.status === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}
