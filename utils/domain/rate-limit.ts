/**
 * Sliding-window rate limits (a log of recent event times, not fixed buckets, so a burst at a
 * bucket boundary can't double the allowance). Pure: the caller keeps the log (a Firestore
 * document for startChat per visitor uid, memory in the widget) and stores what comes back.
 */

export interface RateLimit {
  /** Events allowed within the window. */
  limit: number;
  windowMs: number;
}

/** A visitor starts at most 3 chats a minute ("a few"). */
export const START_CHAT_LIMIT: RateLimit = { limit: 3, windowMs: 60_000 };
/** …and at most 10 an hour (SnapEngage blocks at more than 5 in 10 minutes). */
export const START_CHAT_HOURLY_LIMIT: RateLimit = { limit: 10, windowMs: 3_600_000 };
/** Off-line messages: 3 a minute per visitor. */
export const OFFLINE_MESSAGE_LIMIT: RateLimit = { limit: 3, windowMs: 60_000 };
/** Transcripts by email: 3 an hour per visitor (the mail goes to an address they type). */
export const TRANSCRIPT_MAIL_LIMIT: RateLimit = { limit: 3, windowMs: 3_600_000 };
/** A visitor sends at most 5 messages in any second. */
export const VISITOR_MESSAGE_LIMIT: RateLimit = { limit: 5, windowMs: 1_000 };
/**
 * The same rate as firestore.rules enforces it (rules keep no log, only the previous message's
 * time): one visitor message per chat every 200 ms.
 */
export const VISITOR_MESSAGE_SPACING_MS =
  VISITOR_MESSAGE_LIMIT.windowMs / VISITOR_MESSAGE_LIMIT.limit;

export interface RateDecision {
  allowed: boolean;
  /** How long until the next event would be allowed; 0 when allowed. */
  retryAfterMs: number;
  /** The log to store: events inside the window, plus `now` when allowed. Sorted. */
  timestamps: number[];
}

/**
 * One event at `now` against one limit. Events older than the window fall out; an event exactly
 * `windowMs` old is out too (the window is the half-open interval (now - windowMs, now]).
 */
export function slidingWindow(
  timestamps: readonly number[],
  now: number,
  rate: RateLimit,
): RateDecision {
  const recent = timestamps
    .filter((t) => t > now - rate.windowMs && t <= now)
    .sort((a, b) => a - b);
  if (recent.length >= rate.limit) {
    // The oldest event that must leave before one more fits.
    const blocking = recent[recent.length - rate.limit]!;
    return { allowed: false, retryAfterMs: blocking + rate.windowMs - now, timestamps: recent };
  }
  return { allowed: true, retryAfterMs: 0, timestamps: [...recent, now] };
}

/**
 * One event against several limits at once (e.g. per minute and per hour): allowed only when
 * every limit allows it; the stored log keeps what the longest window needs.
 */
export function checkRateLimits(
  timestamps: readonly number[],
  now: number,
  limits: readonly RateLimit[],
): RateDecision {
  if (limits.length === 0) return { allowed: true, retryAfterMs: 0, timestamps: [...timestamps] };
  const decisions = limits.map((rate) => slidingWindow(timestamps, now, rate));
  const longest = Math.max(...limits.map((rate) => rate.windowMs));
  const kept = timestamps.filter((t) => t > now - longest && t <= now).sort((a, b) => a - b);
  const denied = decisions.filter((d) => !d.allowed);
  if (denied.length > 0) {
    return {
      allowed: false,
      retryAfterMs: Math.max(...denied.map((d) => d.retryAfterMs)),
      timestamps: kept,
    };
  }
  return { allowed: true, retryAfterMs: 0, timestamps: [...kept, now] };
}

/** The wait in whole seconds, at least one: what a refusal carries (`seconds`) and says. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

/** "Please wait 12 seconds" style text for a refusal. */
export function retryAfterText(retryAfterMs: number): string {
  const seconds = retryAfterSeconds(retryAfterMs);
  if (seconds < 60)
    return `Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;
  const minutes = Math.ceil(seconds / 60);
  return `Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
}
