import { createHash } from 'node:crypto';
import {
  checkRateLimits,
  type RateLimit,
  retryAfterSeconds,
  retryAfterText,
} from '../../utils/domain/rate-limit.ts';
import { db } from './admin.ts';
import type { CallerRequest } from './callable.ts';
import { signupLimitRef } from './data/signup-limits.ts';
import { fail } from './errors.ts';

/** The stored key of an address: a hash, so the collection holds no one's email or IP. */
export const limitKey = (kind: 'email' | 'ip', value: string) =>
  createHash('sha256').update(`${kind}:${value.toLowerCase()}`).digest('hex');

/**
 * The caller's IP address. Behind Google's front end, X-Forwarded-For ends with the address it
 * saw; anything before that the client wrote itself, so only the last entry is trusted.
 */
export function callerIp(request: CallerRequest): string {
  if (!request.rawRequest) return 'unknown';
  const forwarded = request.rawRequest.headers['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return list.at(-1) ?? request.rawRequest.socket?.remoteAddress ?? 'unknown';
}

/**
 * Counts one attempt against every (key, limits) pair in one transaction, so parallel sign-ups
 * can't slip past; nothing is counted when any limit is reached (resource-exhausted).
 */
export async function consumeSignupLimits(
  checks: { key: string; limits: readonly RateLimit[] }[],
  now = Date.now(),
): Promise<void> {
  const retryAfterMs = await db().runTransaction(async (tx) => {
    const refs = checks.map((check) => signupLimitRef(check.key));
    const snapshots = await Promise.all(refs.map((ref) => tx.get(ref)));
    const decisions = checks.map((check, i) =>
      checkRateLimits(snapshots[i]!.data()?.events.signup ?? [], now, check.limits),
    );
    const refused = decisions.filter((decision) => !decision.allowed);
    if (refused.length > 0) return Math.max(...refused.map((decision) => decision.retryAfterMs));
    decisions.forEach((decision, i) => {
      tx.set(refs[i]!, { id: refs[i]!.id, events: { signup: decision.timestamps } });
    });
    return 0;
  });
  if (retryAfterMs > 0) {
    fail('resource-exhausted', `Too many sign-ups from here. ${retryAfterText(retryAfterMs)}`, {
      reason: 'rate-limited',
      seconds: retryAfterSeconds(retryAfterMs),
    });
  }
}
