import { checkRateLimits, type RateLimit, retryAfterText } from '../../utils/domain/rate-limit.ts';
import { db } from './admin.ts';
import { rateLimitRef } from './data/rate-limits.ts';
import { fail } from './errors.ts';

/**
 * Counts one `action` by `uid` against `limits` (utils/domain/rate-limit.ts) in a transaction on
 * the caller's rate-limit document, so parallel calls can't slip past; answers resource-exhausted
 * ("Too many chats started. Please wait 12 seconds and try again.") when a limit is reached.
 */
export async function consumeRateLimit(
  ws: string,
  uid: string,
  action: string,
  limits: readonly RateLimit[],
  what: string,
  now = Date.now(),
): Promise<void> {
  const ref = rateLimitRef(ws, uid);
  const retryAfterMs = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const events = snapshot.data()?.events ?? {};
    const decision = checkRateLimits(events[action] ?? [], now, limits);
    if (!decision.allowed) return decision.retryAfterMs;
    tx.set(ref, { id: uid, events: { ...events, [action]: decision.timestamps } });
    return 0;
  });
  if (retryAfterMs > 0)
    fail('resource-exhausted', `Too many ${what}. ${retryAfterText(retryAfterMs)}`);
}
