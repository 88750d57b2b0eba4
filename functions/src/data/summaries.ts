import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import type {
  Department,
  Presence,
  PresenceBoard,
  QueueSummary,
  RoutingSummary,
  RoutingSummaryOperator,
  UrlRoute,
} from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { presenceChange, summaryPresence } from '../../../utils/domain/summaries.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';
import { departmentsCol } from './departments.ts';
import { operatorsCol } from './operators.ts';
import { presenceCol } from './presence.ts';
import { urlRoutesCol } from './url-routes.ts';

/**
 * The routing summary and the presence board (ADR 006): written only here, by the triggers of
 * functions/src/triggers/ and by a rebuild when a workspace has none yet. The queue summary
 * (ADR 008) is written by the offers (functions/src/offers.ts).
 */
const routingConverter = modelConverter<RoutingSummary>(() => ({
  operators: {},
  presence: {},
  departments: {},
  urlRoutes: {},
}));
const boardConverter = modelConverter<PresenceBoard>(() => ({ operators: {} }));
const queueConverter = modelConverter<QueueSummary>(() => ({ entries: {}, recentWaits: [] }));

export const routingSummaryRef = (ws: string) =>
  db().doc(paths.routingSummary(ws)).withConverter(routingConverter);
export const presenceBoardRef = (ws: string) =>
  db().doc(paths.presenceBoard(ws)).withConverter(boardConverter);

/** The waiting queue (ADR 008), written by functions/src/offers.ts. */
export const queueSummaryRef = (ws: string) =>
  db().doc(paths.queueSummary(ws)).withConverter(queueConverter);

const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
const isNotFound = (error: unknown) => (error as { code?: number }).code === NOT_FOUND;

/**
 * Both summaries from the collections (a read per operator, presence, department and route), for
 * a workspace that has none yet (created before ADR 006, or whose first trigger has not landed).
 * Read without a transaction, which would lock every presence document against its heartbeat,
 * and created only if still missing: when several triggers of a new workspace race, one creates
 * them and the others apply their change on top (see the callers). Returns what it built.
 */
export async function createSummaries(ws: string, now = new Date()): Promise<RoutingSummary> {
  const [operators, presence, departments, urlRoutes] = await Promise.all([
    operatorsCol(ws).get(),
    presenceCol(ws).get(),
    departmentsCol(ws).get(),
    urlRoutesCol(ws).get(),
  ]);
  const summary: RoutingSummary = {
    operators: Object.fromEntries(
      operators.docs.map((d) => [d.id, operatorEntry(d.data())] as const),
    ),
    presence: Object.fromEntries(
      presence.docs.map((d) => [
        d.id,
        {
          ...summaryPresence(d.data(), d.updateTime.toDate(), now),
          idleSince: d.updateTime.toDate(),
        },
      ]),
    ),
    departments: Object.fromEntries(departments.docs.map((d) => [d.id, departmentEntry(d.data())])),
    urlRoutes: Object.fromEntries(urlRoutes.docs.map((d) => [d.id, urlRouteEntry(d.data())])),
    updatedAt: now,
  };
  const batch = db().batch();
  batch.create(db().doc(paths.routingSummary(ws)), {
    ...summary,
    updatedAt: FieldValue.serverTimestamp(),
  });
  batch.create(db().doc(paths.presenceBoard(ws)), {
    operators: Object.fromEntries(
      Object.entries(summary.presence).map(([uid, p]) => [uid, { state: p.state, since: p.at }]),
    ),
    updatedAt: FieldValue.serverTimestamp(),
  });
  await batch.commit().catch((error) => {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  });
  return summary;
}

/** The routing summary as stored; undefined when the workspace has none yet (createSummaries). */
export async function readRoutingSummary(ws: string): Promise<RoutingSummary | undefined> {
  return (await routingSummaryRef(ws).get()).data();
}

const operatorEntry = (op: Partial<RoutingSummaryOperator>): RoutingSummaryOperator => ({
  active: op.active !== false,
  maxChats: op.maxChats ?? 5,
});
const departmentEntry = (d: Department): Department => ({
  name: d.name,
  operatorIds: d.operatorIds,
});
const urlRouteEntry = (r: UrlRoute): UrlRoute => ({
  pattern: r.pattern,
  operatorIds: r.operatorIds,
});

/**
 * Sets (or, with undefined, removes) one entry of the routing summary without reading it; a
 * workspace without summaries gets them created first.
 */
async function patchRoutingEntry(
  ws: string,
  section: 'operators' | 'departments' | 'urlRoutes',
  id: string,
  value: object | undefined,
): Promise<void> {
  const patch = () =>
    db()
      .doc(paths.routingSummary(ws))
      .update(
        new FieldPath(section, id),
        value ?? FieldValue.delete(),
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
  try {
    await patch();
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await createSummaries(ws);
    await patch();
  }
}

export const summarizeOperator = (
  ws: string,
  uid: string,
  op: RoutingSummaryOperator | undefined,
) => patchRoutingEntry(ws, 'operators', uid, op && operatorEntry(op));
export const summarizeDepartment = (ws: string, id: string, d: Department | undefined) =>
  patchRoutingEntry(ws, 'departments', id, d && departmentEntry(d));
export const summarizeUrlRoute = (ws: string, id: string, r: UrlRoute | undefined) =>
  patchRoutingEntry(ws, 'urlRoutes', id, r && urlRouteEntry(r));

/**
 * One operator's presence document was written (`at`: its update time) or deleted: the routing
 * summary takes the new state and load, the presence board the new state. An older write arriving
 * after a newer one (triggers may be delivered out of order) changes nothing.
 */
export async function summarizePresence(
  ws: string,
  uid: string,
  presence: Presence | undefined,
  at: Date,
  lapses = false,
): Promise<void> {
  if (await applyPresence(ws, uid, presence, at, lapses)) return;
  await createSummaries(ws);
  await applyPresence(ws, uid, presence, at, lapses);
}

/**
 * The transaction of summarizePresence; false when the workspace has no summaries yet. `lapses`:
 * this write is the functions setting the operator Away for lapsed offers (the board says so).
 */
function applyPresence(
  ws: string,
  uid: string,
  presence: Presence | undefined,
  at: Date,
  lapses: boolean,
): Promise<boolean> {
  return db().runTransaction(async (tx) => {
    const routing = await tx.get(routingSummaryRef(ws));
    const summary = routing.data();
    if (!summary) return false;
    const current = summary.presence[uid];
    if (current && current.at.getTime() > at.getTime()) return true;
    const judged = presence && summaryPresence(presence, at, at);
    // Longest idle orders equal loads (ADR 008): the time the load or the state last changed.
    const next = judged && {
      ...judged,
      idleSince:
        current?.activeChats === judged.activeChats && current.state === judged.state
          ? (current.idleSince ?? at)
          : at,
    };
    const change = presenceChange(current, next);
    const board = change.board ? await tx.get(presenceBoardRef(ws)) : undefined;
    if (change.routing) {
      tx.update(
        db().doc(paths.routingSummary(ws)),
        new FieldPath('presence', uid),
        next
          ? {
              ...next,
              at: Timestamp.fromDate(next.at),
              idleSince: Timestamp.fromDate(next.idleSince),
            }
          : FieldValue.delete(),
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
    } else if (current && next) {
      // Same state and load: only remember the newer write, so a late older one stays ignored.
      tx.update(
        db().doc(paths.routingSummary(ws)),
        new FieldPath('presence', uid, 'at'),
        Timestamp.fromDate(at),
      );
    }
    if (board?.exists) {
      tx.update(
        db().doc(paths.presenceBoard(ws)),
        new FieldPath('operators', uid),
        next
          ? {
              state: next.state,
              since: FieldValue.serverTimestamp(),
              ...(lapses && next.state === 'away' ? { lapses: true } : {}),
            }
          : FieldValue.delete(),
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
    }
    return true;
  });
}
