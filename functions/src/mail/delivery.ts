import { logger } from 'firebase-functions';
import type { OfflineDelivery, WithId } from '../../../utils/domain/model.ts';
import { db } from '../admin.ts';
import type { Mailable, Mailbox } from './mailbox.ts';
import { afterAttempt, isDue, SEND_LEASE_MS } from './retry-policy.ts';
import { sendMail } from './send.ts';

/**
 * One delivery attempt of a mail whose send lease the caller holds; records the outcome (sent /
 * pending with the next attempt after the backoff / failed) on the document.
 */
export async function attemptDelivery<D extends Mailable>(
  ws: string,
  box: Mailbox<D>,
  item: WithId<D>,
  now = new Date(),
): Promise<OfflineDelivery> {
  let outcome: Parameters<typeof afterAttempt>[1];
  const undeliverable = box.undeliverable(item);
  if (undeliverable) {
    outcome = { ok: false, error: undeliverable, permanent: true };
  } else {
    try {
      await sendMail(item.delivery.to, await box.compose(ws, item));
      outcome = { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`${box.what} delivery failed`, { ws, id: item.id, reason });
      outcome = { ok: false, error: reason };
    }
  }
  const delivery = afterAttempt(item.delivery, outcome, now);
  // `delivery` is replaced whole, so nextAttemptAt/lastError disappear once sent.
  await box.ref(ws, item.id).update({ delivery });
  return delivery;
}

/**
 * Takes the send lease of a due mail in a transaction (so two schedule runs, or a run and the
 * callable, never send the same mail twice); null when it is not due or someone else has it.
 */
export async function claimDue<D extends Mailable>(
  ws: string,
  box: Mailbox<D>,
  id: string,
  now = new Date(),
): Promise<WithId<D> | null> {
  const ref = box.ref(ws, id);
  return db().runTransaction(async (tx) => {
    const item = (await tx.get(ref)).data();
    if (!item || !isDue(item.delivery, now)) return null;
    const nextAttemptAt = new Date(now.getTime() + SEND_LEASE_MS);
    tx.update(ref, { 'delivery.nextAttemptAt': nextAttemptAt });
    return { ...item, delivery: { ...item.delivery, nextAttemptAt } };
  });
}
