import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import type {
  Department,
  Presence,
  PresenceBoard,
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
 * functions/src/triggers/ and by a rebuild when a workspace has none yet.
 */
const routingConverter = modelConverter<RoutingSummary>(() => ({
  operators: {},
  presence: {},
  departments: {},
  urlRoutes: {},
}));
const boardConverter = modelConverter<PresenceBoard>(() => ({ operators: {} }));

export const routingSummaryRef = (ws: string) =>
  db().doc(paths.routingSummary(ws)).withConverter(routingConverter);
export const presenceBoardRef = (ws: string) =>
  db().doc(paths.presenceBoard(ws)).withConverter(boardConverter);

const NOT_FOUND = 5;
const isNotFound = (error: unknown) => (error as { code?: number }).code === NOT_FOUND;

/**
 * Both summaries from the collections (a read per operator, presence, department and route), in
 * one transaction so they agree. Used when a workspace has no summary yet (created before ADR 006,
 * or its first trigger has not landed) and by tests; afterwards the triggers keep them current.
 */
export async function rebuildSummaries(ws: string, now = new Date()): Promise<RoutingSummary> {
  return db().runTransaction(async (tx) => {
    const [operators, presence, departments, urlRoutes] = await Promise.all([
      tx.get(operatorsCol(ws)),
      tx.get(presenceCol(ws)),
      tx.get(departmentsCol(ws)),
      tx.get(urlRoutesCol(ws)),
    ]);
    const summary: RoutingSummary = {
      operators: Object.fromEntries(
        operators.docs.map((d) => [d.id, operatorEntry(d.data())] as const),
      ),
      presence: Object.fromEntries(
        presence.docs.map((d) => [d.id, summaryPresence(d.data(), d.updateTime.toDate(), now)]),
      ),
      departments: Object.fromEntries(
        departments.docs.map((d) => [d.id, departmentEntry(d.data())]),
      ),
      urlRoutes: Object.fromEntries(urlRoutes.docs.map((d) => [d.id, urlRouteEntry(d.data())])),
      updatedAt: now,
    };
    tx.set(db().doc(paths.routingSummary(ws)), {
      ...summary,
      updatedAt: FieldValue.serverTimestamp(),
    });
    tx.set(db().doc(paths.presenceBoard(ws)), {
      operators: Object.fromEntries(
        Object.entries(summary.presence).map(([uid, p]) => [uid, { state: p.state, since: p.at }]),
      ),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return summary;
  });
}

/** The routing summary as stored; undefined when the workspace has none yet (rebuildSummaries). */
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
 * workspace without a summary gets a full rebuild instead, which already includes the change.
 */
async function patchRoutingEntry(
  ws: string,
  section: 'operators' | 'departments' | 'urlRoutes',
  id: string,
  value: object | undefined,
): Promise<void> {
  try {
    await db()
      .doc(paths.routingSummary(ws))
      .update(
        new FieldPath(section, id),
        value ?? FieldValue.delete(),
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await rebuildSummaries(ws);
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
  now = new Date(),
): Promise<void> {
  const missing = await db().runTransaction(async (tx) => {
    const routing = await tx.get(routingSummaryRef(ws));
    const summary = routing.data();
    if (!summary) return true;
    const current = summary.presence[uid];
    if (current && current.at.getTime() > at.getTime()) return false;
    const next = presence && summaryPresence(presence, at, now);
    const change = presenceChange(current, next);
    const board = change.board ? await tx.get(presenceBoardRef(ws)) : undefined;
    if (change.routing) {
      tx.update(
        db().doc(paths.routingSummary(ws)),
        new FieldPath('presence', uid),
        next ? { ...next, at: Timestamp.fromDate(next.at) } : FieldValue.delete(),
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
        next ? { state: next.state, since: FieldValue.serverTimestamp() } : FieldValue.delete(),
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
    }
    return false;
  });
  if (missing) await rebuildSummaries(ws);
}
