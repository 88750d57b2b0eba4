import {
  checkRateLimits,
  type RateLimit,
  retryAfterSeconds,
  retryAfterText,
} from '../../utils/domain/rate-limit.ts';
import { db } from './admin.ts';
import { rateLimitRef } from './data/rate-limits.ts';
import { fail } from './errors.ts';

/**
 * Counts one `action` by `uid` against `limits` (utils/domain/rate-limit.ts) in a transaction on
 * the caller's rate-limit document, so parallel calls can't slip past; answers resource-exhausted
 * ("Too many chats started. Please wait 12 seconds and try again.") when a limit is reached.
 * `addressHash` (the caller's hashed network address) is kept with the log, no extra write, so
 * that blocking the visitor later can block the address too (ADR 010).
 */
export async function consumeRateLimit(
  ws: string,
  uid: string,
  action: string,
  limits: readonly RateLimit[],
  what: string,
  now = Date.now(),
  addressHash?: string,
): Promise<void> {
  const ref = rateLimitRef(ws, uid);
  const retryAfterMs = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const events = snapshot.data()?.events ?? {};
    const decision = checkRateLimits(events[action] ?? [], now, limits);
    if (!decision.allowed) return decision.retryAfterMs;
    const address = addressHash ?? snapshot.data()?.addressHash;
    tx.set(ref, {
      id: uid,
      events: { ...events, [action]: decision.timestamps },
      ...(address ? { addressHash: address } : {}),
    });
    return 0;
  });
  if (retryAfterMs > 0)
    fail('resource-exhausted', `Too many ${what}. ${retryAfterText(retryAfterMs)}`, {
      reason: 'rate-limited',
      seconds: retryAfterSeconds(retryAfterMs),
    });
}
