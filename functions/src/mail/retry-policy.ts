import type { OfflineDelivery } from '../../../utils/domain/model.ts';

/** Attempts before a delivery is given up as 'failed' (the first send included). */
export const MAX_DELIVERY_ATTEMPTS = 6;
/** Backoff before retry n: 1, 2, 4, 8, 16 minutes (capped at an hour). */
export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;
/** A send in progress holds the message this long, so the schedule doesn't send it twice. */
export const SEND_LEASE_MS = 2 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}

/**
 * The delivery record after one attempt: sent; or pending with the next attempt due after the
 * backoff; or failed for good after MAX_DELIVERY_ATTEMPTS (or when there is nobody to send to).
 */
export function afterAttempt(
  previous: Pick<OfflineDelivery, 'to' | 'attempts'>,
  outcome: { ok: true } | { ok: false; error: string; permanent?: boolean },
  now: Date,
): OfflineDelivery {
  const attempts = previous.attempts + 1;
  if (outcome.ok) return { status: 'sent', to: previous.to, attempts, sentAt: now };
  const lastError = outcome.error.slice(0, 500);
  if (outcome.permanent || attempts >= MAX_DELIVERY_ATTEMPTS) {
    return { status: 'failed', to: previous.to, attempts, lastError };
  }
  return {
    status: 'pending',
    to: previous.to,
    attempts,
    lastError,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
  };
}

/** Whether the schedule should (re)try this delivery now. */
export function isDue(delivery: OfflineDelivery, now: Date): boolean {
  return (
    delivery.status === 'pending' &&
    (!delivery.nextAttemptAt || delivery.nextAttemptAt.getTime() <= now.getTime())
  );
}
