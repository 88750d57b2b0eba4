import { db } from './admin.ts';
import { rateLimitRef } from './data/rate-limits.ts';
import { fail } from './errors.ts';
import { type RateLimit, slidingWindow } from './pending-domain/rate-limit.ts';

/**
 * Counts one `action` by `uid` against `limit` (a transaction on the caller's rate-limit doc, so
 * parallel calls can't slip past it); answers resource-exhausted when the limit is reached.
 */
export async function consumeRateLimit(
  ws: string,
  uid: string,
  action: string,
  limit: RateLimit,
  what: string,
  now = Date.now(),
): Promise<void> {
  const ref = rateLimitRef(ws, uid);
  const retryAfterMs = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const events = (snapshot.data()?.events ?? {}) as Record<string, number[]>;
    const result = slidingWindow(events[action] ?? [], now, limit);
    if (!result.allowed) return result.retryAfterMs;
    tx.set(ref, { events: { ...events, [action]: result.timestamps } });
    return 0;
  });
  if (retryAfterMs > 0) {
    fail(
      'resource-exhausted',
      `Too many ${what}. Please try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`,
    );
  }
}
