/**
 * The two summaries the functions keep per workspace (ADR 006) and how they are read:
 * - the routing summary gives routing (routing.ts) everything it needs in one document;
 * - the presence board gives consoles the team's states in one document that changes only when
 *   someone's state changes.
 * A summary entry holds the *effective* presence as of the write (a write whose heartbeat was
 * already stale counts as offline); housekeeping writes `offline` for presence that went stale
 * since (a crashed browser never does), so readers take the summary's state as it is.
 */
import type { Presence, RoutingSummary, RoutingSummaryPresence } from './model.ts';
import { effectivePresence } from './presence.ts';
import type { RoutingInput } from './routing.ts';

/**
 * The summary entry a presence document stands for, judged at `judgedAt`: the write's own time
 * for a trigger (however late it runs), the present for a rebuild from the collections.
 */
export function summaryPresence(
  presence: Pick<Presence, 'state' | 'lastSeen' | 'activeChats'>,
  at: Date,
  judgedAt: Date,
): RoutingSummaryPresence {
  return {
    state: effectivePresence(presence, judgedAt),
    activeChats: Math.max(0, presence.activeChats ?? 0),
    at,
  };
}

/** Does a presence change matter to the summaries? (A heartbeat alone does not.) */
export function presenceChange(
  before: RoutingSummaryPresence | undefined,
  after: RoutingSummaryPresence | undefined,
): { routing: boolean; board: boolean } {
  if (!before || !after) return { routing: before !== after, board: before !== after };
  const board = before.state !== after.state;
  return { routing: board || before.activeChats !== after.activeChats, board };
}

/** Routing's input from the summary: its states are current by construction (see above). */
export function routingInputFromSummary(
  summary: Pick<RoutingSummary, 'operators' | 'presence' | 'departments' | 'urlRoutes'>,
): Pick<RoutingInput, 'operators' | 'presence' | 'departments' | 'urlRoutes' | 'staleMs'> {
  return {
    operators: Object.entries(summary.operators).map(([id, op]) => ({ id, ...op })),
    presence: Object.fromEntries(
      Object.entries(summary.presence).map(([uid, p]) => [
        uid,
        { state: p.state, activeChats: p.activeChats, lastSeen: p.at, idleSince: p.idleSince },
      ]),
    ),
    departments: Object.entries(summary.departments).map(([id, d]) => ({ id, ...d })),
    urlRoutes: Object.entries(summary.urlRoutes).map(([id, r]) => ({ id, ...r })),
    staleMs: Number.POSITIVE_INFINITY,
  };
}
