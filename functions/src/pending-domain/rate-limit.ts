// TEMPORARY: stand-in for utils/domain/rate-limit.ts until it lands; delete then.
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export const START_CHAT_LIMIT: RateLimit = { limit: 3, windowMs: 60_000 };
export const OFFLINE_MESSAGE_LIMIT: RateLimit = { limit: 3, windowMs: 60_000 };

export function slidingWindow(
  timestamps: number[],
  now: number,
  { limit, windowMs }: RateLimit,
): { allowed: boolean; retryAfterMs: number; timestamps: number[] } {
  const recent = timestamps.filter((t) => t > now - windowMs).sort((a, b) => a - b);
  if (recent.length >= limit) {
    return { allowed: false, retryAfterMs: recent[0]! + windowMs - now, timestamps: recent };
  }
  return { allowed: true, retryAfterMs: 0, timestamps: [...recent, now] };
}
