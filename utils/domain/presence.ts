/**
 * Presence that tells the truth: a state is only as good as its last heartbeat. The extension's
 * background beats every HEARTBEAT_INTERVAL_MS; a presence not refreshed within
 * PRESENCE_STALE_MS counts as offline for routing and for everyone's contact list, whatever the
 * stored state says (a crashed browser never writes "offline").
 */
import type { Presence, PresenceState } from './model.ts';

/** docs/architecture.md "Presence": lastSeen older than 90 s means offline. */
export const PRESENCE_STALE_MS = 90_000;
/** Three beats fit into the stale window, so one lost beat never flips an operator offline. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

type PresenceLike = Pick<Presence, 'state' | 'lastSeen'>;

/** Is the last heartbeat recent enough? A lastSeen slightly in the future (clock skew) is fresh. */
export function isPresenceFresh(lastSeen: Date, now: Date, staleMs = PRESENCE_STALE_MS): boolean {
  return now.getTime() - lastSeen.getTime() <= staleMs;
}

/** The state others should see: the stored state while fresh, 'offline' once stale or missing. */
export function effectivePresence(
  presence: PresenceLike | null | undefined,
  now: Date,
  staleMs = PRESENCE_STALE_MS,
): PresenceState {
  if (!presence) return 'offline';
  if (presence.state === 'offline') return 'offline';
  return isPresenceFresh(presence.lastSeen, now, staleMs) ? presence.state : 'offline';
}

/** When the presence will turn stale unless a heartbeat arrives (for scheduling a re-render). */
export function presenceExpiresAt(lastSeen: Date, staleMs = PRESENCE_STALE_MS): Date {
  return new Date(lastSeen.getTime() + staleMs);
}

/** The browser idle API's states (chrome.idle / browser.idle). */
export type IdleState = 'active' | 'idle' | 'locked';

/**
 * Automatic away: idle or a locked screen turns an online operator away; activity brings back
 * online only an operator whom the automation put away (a manual "away" stays away, and an
 * offline operator is never brought online by moving the mouse).
 */
export function presenceAfterIdleChange(
  current: PresenceState,
  autoAway: boolean,
  idle: IdleState,
): { state: PresenceState; autoAway: boolean } {
  if (idle === 'active') {
    return autoAway && current === 'away'
      ? { state: 'online', autoAway: false }
      : { state: current, autoAway: false };
  }
  if (current === 'online') return { state: 'away', autoAway: true };
  return { state: current, autoAway };
}

/**
 * The functions set an operator Away after offers lapsed unanswered (ADR 008): the console adopts
 * it (so its heartbeat keeps Away instead of writing Online back) when the board says so and the
 * operator has not chosen a state since.
 */
export function adoptsLapseAway(
  intent: { state: PresenceState; changedAt: number },
  mine: { state: PresenceState; since: Date; lapses?: boolean } | undefined,
): boolean {
  return (
    mine?.lapses === true &&
    mine.state === 'away' &&
    intent.state === 'online' &&
    mine.since.getTime() > intent.changedAt
  );
}
