import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import type { Department, Presence, UrlRoute } from '../../../utils/domain/model.ts';
import { presenceChange, summaryPresence } from '../../../utils/domain/summaries.ts';
import { REGION } from '../callable.ts';
import { datesFromTimestamps } from '../data/convert.ts';
import {
  summarizeDepartment,
  summarizeOperator,
  summarizePresence,
  summarizeUrlRoute,
} from '../data/summaries.ts';
import { drainQueue, withdrawOffers } from '../offers.ts';

/**
 * The triggers that keep a workspace's routing summary and presence board current (ADR 006).
 * Every presence heartbeat fires `presenceSummary`, which returns without a read unless the
 * state or the load changed; the other three patch one entry without reading.
 */
const data = <T>(snapshot: DocumentSnapshot | undefined): T | undefined =>
  snapshot?.exists ? (datesFromTimestamps(snapshot.data()) as T) : undefined;

export const presenceSummary = onDocumentWritten(
  { document: 'workspaces/{ws}/presence/{uid}', region: REGION },
  async (event) => {
    const { ws, uid } = event.params;
    const before = data<Presence>(event.data?.before);
    const after = data<Presence>(event.data?.after);
    // Each write is judged as of its own time, not when its trigger runs: a busy queue that
    // delivers a heartbeat late must not make it look stale.
    const beforeAt = event.data?.before.updateTime?.toDate() ?? new Date(event.time);
    // A deletion has no update time; the event's own time orders it.
    const at = event.data?.after.updateTime?.toDate() ?? new Date(event.time);
    const change = presenceChange(
      before && summaryPresence(before, beforeAt, beforeAt),
      after && summaryPresence(after, at, at),
    );
    if (!change.routing && !change.board) return;
    const lapses =
      after?.awayForLapses !== undefined &&
      after.awayForLapses.getTime() !== before?.awayForLapses?.getTime();
    await summarizePresence(ws, uid, after, at, lapses);
    // A slot freed or someone came online: the queue's longest-waiting chat they may take is
    // offered (ADR 008); someone who left online loses the offers they had.
    if (before && after && after.activeChats < before.activeChats) await drainQueue(ws);
    else if (before?.state !== 'online' && after?.state === 'online') await drainQueue(ws);
    else if (before?.state === 'online' && after?.state !== 'online') await withdrawOffers(ws, uid);
  },
);

export const operatorSummary = onDocumentWritten(
  { document: 'workspaces/{ws}/operators/{uid}', region: REGION },
  async (event) => {
    const before = data<{ active?: boolean; maxChats?: number }>(event.data?.before);
    const after = data<{ active?: boolean; maxChats?: number }>(event.data?.after);
    // A rename or a SIP change does not concern routing.
    if (before && after && before.active === after.active && before.maxChats === after.maxChats)
      return;
    await summarizeOperator(
      event.params.ws,
      event.params.uid,
      after && { active: after.active !== false, maxChats: after.maxChats ?? 5 },
    );
    // More room (reactivated, a higher maximum): the queue may move (ADR 008).
    if (after?.active !== false && (after?.maxChats ?? 5) > (before?.maxChats ?? 5))
      await drainQueue(event.params.ws);
    else if (after?.active !== false && before?.active === false) await drainQueue(event.params.ws);
  },
);

export const departmentSummary = onDocumentWritten(
  { document: 'workspaces/{ws}/departments/{id}', region: REGION },
  (event) =>
    summarizeDepartment(event.params.ws, event.params.id, data<Department>(event.data?.after)),
);

export const urlRouteSummary = onDocumentWritten(
  { document: 'workspaces/{ws}/urlRoutes/{id}', region: REGION },
  (event) => summarizeUrlRoute(event.params.ws, event.params.id, data<UrlRoute>(event.data?.after)),
);
