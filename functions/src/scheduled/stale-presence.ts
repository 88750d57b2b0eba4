import { Timestamp } from 'firebase-admin/firestore';
import { PRESENCE_STALE_MS } from '../../../utils/domain/presence.ts';
import { presenceCol, presenceGroup } from '../data/presence.ts';

/**
 * Presence whose heartbeats stopped (a crashed browser, a closed laptop) is written `offline`, so
 * the summaries, which change only on writes, learn it (ADR 006). Each document is written only
 * if no heartbeat landed since it was read; the operator's next heartbeat brings the state back.
 * One query for all workspaces (or one, when the sweep runs for one), reading only the stale
 * documents (at least one read when none is).
 */
export async function sweepStalePresence(now: Date, onlyWorkspace?: string): Promise<number> {
  const source = onlyWorkspace ? presenceCol(onlyWorkspace) : presenceGroup();
  const stale = await source
    .where('state', 'in', ['online', 'away'])
    .where('lastSeen', '<', Timestamp.fromMillis(now.getTime() - PRESENCE_STALE_MS))
    .get();
  let marked = 0;
  for (const snapshot of stale.docs) {
    try {
      await snapshot.ref.update({ state: 'offline' }, { lastUpdateTime: snapshot.updateTime });
      marked++;
    } catch {
      // A heartbeat got there first: the operator is back.
    }
  }
  return marked;
}
