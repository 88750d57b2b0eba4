/**
 * Bad passwords are rate-limited: after FAILURE_LIMIT failed digests for one user from one
 * address within the window, that pair is refused without checking until the window moves on.
 * Kept in memory (per instance): it slows a guesser down by orders of magnitude; a fleet-wide
 * limit would need a Firestore write per failure, which a flood would turn against us.
 */
import { type RateLimit, slidingWindow } from '../../utils/domain/rate-limit.ts';

export const FAILURE_LIMIT: RateLimit = { limit: 5, windowMs: 60_000 };

export class AuthFailures {
  readonly #failures = new Map<string, number[]>();

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  blockedFor(key: string, now = Date.now()): number {
    const decision = slidingWindow(this.#failures.get(key) ?? [], now, FAILURE_LIMIT);
    return decision.allowed ? 0 : decision.retryAfterMs;
  }

  record(key: string, now = Date.now()): void {
    const recent = (this.#failures.get(key) ?? []).filter((t) => t > now - FAILURE_LIMIT.windowMs);
    recent.push(now);
    this.#failures.set(key, recent);
    // Forget old keys now and then so a scan of many names can't grow the map forever.
    if (this.#failures.size > 10_000) this.prune(now);
  }

  prune(now = Date.now()): void {
    for (const [key, times] of this.#failures) {
      if (times.every((t) => t <= now - FAILURE_LIMIT.windowMs)) this.#failures.delete(key);
    }
  }
}
