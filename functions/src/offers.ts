import {
  type DocumentReference,
  FieldValue,
  Timestamp,
  type Transaction,
} from 'firebase-admin/firestore';
import type { Chat, QueueSummary, WithId, Workspace } from '../../utils/domain/model.ts';
import {
  afterLapse,
  isOfferLapsed,
  makeOffer,
  type Offer,
  type OfferSettings,
  offerSettingsOf,
} from '../../utils/domain/offers.ts';
import { paths } from '../../utils/domain/paths.ts';
import {
  drainPlan,
  poolCandidates,
  poolMembers,
  poolOf,
  type QueuePool,
  queuePlaces,
  queuePosition,
  rememberWait,
  someoneBusyOnline,
} from '../../utils/domain/queue.ts';
import { routeChat } from '../../utils/domain/routing.ts';
import { routingInputFromSummary } from '../../utils/domain/summaries.ts';
import { db } from './admin.ts';
import { chatRef, chatsCol } from './data/chats.ts';
import { presenceRef } from './data/presence.ts';
import { queueSummaryRef, readRoutingSummary } from './data/summaries.ts';
import { workspaceRef } from './data/workspaces.ts';
import { loadRoutingContext, type RoutingContext } from './routing-context.ts';

/**
 * Offers and the waiting queue (ADR 008): how a routed chat reaches operators (everyone at once,
 * or one at a time moving on after the workspace's seconds), what happens when an offer lapses or
 * its operator leaves, and the FIFO queue of chats waiting for a free slot.
 */

/** Where a chat goes now: an offer, the waiting queue of its pool, or nobody (off-line form). */
export type Placement =
  | { kind: 'offer'; offer: Offer; pool: QueuePool }
  | { kind: 'queue'; pool: QueuePool }
  | { kind: 'nobody' };

/** `exclude`: operators who must not get it now (the one whose offer just lapsed or who left). */
export function placeChat(
  context: RoutingContext,
  chat: Pick<Chat, 'pageUrl' | 'departmentId' | 'passedBy'>,
  exclude: readonly string[] = [],
): Placement | { kind: 'unknown-department'; message: string } {
  const routed = routeChat({ ...context, pageUrl: chat.pageUrl, departmentId: chat.departmentId });
  if (!routed.ok) return { kind: 'unknown-department', message: routed.message };
  const pool = poolOf(routed.basis);
  const candidates = routed.candidates.filter((uid) => !exclude.includes(uid));
  if (candidates.length > 0) {
    const offer = makeOffer(settingsOf(context.workspace), candidates, context.now, chat.passedBy);
    return { kind: 'offer', offer, pool };
  }
  return someoneBusyOnline(context, poolMembers(pool, context))
    ? { kind: 'queue', pool }
    : { kind: 'nobody' };
}

const settingsOf = (workspace: Workspace): OfferSettings => offerSettingsOf(workspace);

/** The chat fields an offer writes. */
export function offerFields(offer: Offer) {
  return {
    offeredTo: offer.offeredTo,
    offerExpiresAt: offer.expiresAt ? Timestamp.fromDate(offer.expiresAt) : FieldValue.delete(),
  };
}

/** The queue as a transaction read it (empty when the workspace has none yet). */
export type QueueState = Pick<QueueSummary, 'entries' | 'recentWaits'>;

/** Reads the waiting queue in a transaction, before any of its writes (enqueue, leaveQueue). */
export async function readQueue(tx: Transaction, ws: string): Promise<QueueState> {
  const queue = (await tx.get(queueSummaryRef(ws))).data();
  return { entries: queue?.entries ?? {}, recentWaits: queue?.recentWaits ?? [] };
}

/**
 * Writes the queue and, derived from it, the places board waiting visitors listen to (ADR 015):
 * both whole, in the caller's transaction, so the board never disagrees with the queue.
 */
function writeQueue(tx: Transaction, ws: string, queue: QueueState): void {
  const updatedAt = FieldValue.serverTimestamp();
  tx.set(db().doc(paths.queueSummary(ws)), { ...queue, updatedAt });
  tx.set(db().doc(paths.queuePlaces(ws)), { ...queuePlaces(queue), updatedAt });
}

/**
 * Puts a chat into the waiting queue, in a transaction that has read the queue; returns its
 * place in its pool (for the estimate). The chat itself is written by the caller.
 */
export function enqueue(
  tx: Transaction,
  ws: string,
  queue: QueueState,
  chatId: string,
  pool: QueuePool,
  now: Date,
): number {
  const entries = { ...queue.entries, [chatId]: { at: now, pool, places: 1 } };
  const places = queuePosition({ entries }, chatId) ?? 1;
  entries[chatId] = { at: now, pool, places };
  writeQueue(tx, ws, { ...queue, entries });
  return places;
}

/**
 * Takes a waiting chat out of the queue (accepted by an admin, closed, missed), in the caller's
 * transaction after its other reads (it reads the queue, then writes).
 */
export async function leaveQueue(tx: Transaction, ws: string, chatId: string): Promise<void> {
  const queue = await readQueue(tx, ws);
  const { [chatId]: _left, ...entries } = queue.entries;
  writeQueue(tx, ws, { ...queue, entries });
}

/** Is the chat waiting in the queue (queued, offered to nobody)? */
export const isWaiting = (chat: Pick<Chat, 'status' | 'offeredTo'>) =>
  chat.status === 'queued' && chat.offeredTo.length === 0;

/**
 * Offers waiting chats to operators with a free slot, longest-waiting first within each pool
 * (queue.ts drainPlan). Run whenever a slot frees or someone comes online (the presence and
 * operator triggers) and after a chat joins the queue (so a slot that freed meanwhile is used).
 * Returns how many chats were offered.
 */
export async function drainQueue(ws: string, now = new Date()): Promise<number> {
  const queued = await queueSummaryRef(ws).get();
  if (Object.keys(queued.data()?.entries ?? {}).length === 0) return 0;
  const [workspace, summary] = await Promise.all([
    workspaceRef(ws)
      .get()
      .then((s) => s.data()),
    readRoutingSummary(ws),
  ]);
  if (!workspace || !summary) return 0;
  const input = { ...routingInputFromSummary(summary), now };
  const settings = settingsOf(workspace);
  return db().runTransaction(async (tx) => {
    const queue = await readQueue(tx, ws);
    const free = new Map(
      Object.entries(summary.operators).map(([uid, op]) => [
        uid,
        Math.max(0, op.maxChats - (summary.presence[uid]?.activeChats ?? 0)),
      ]),
    );
    const candidatesOf = (pool: QueuePool) => poolCandidates(pool, input);
    const plan = drainPlan(queue.entries, candidatesOf, free);
    const chats = await Promise.all(plan.map((p) => tx.get(chatRef(ws, p.chatId))));
    let offered = 0;
    let recent = queue.recentWaits;
    const entries = { ...queue.entries };
    plan.forEach((step, i) => {
      const chat = chats[i]?.data();
      delete entries[step.chatId];
      if (!chat || !isWaiting(chat)) return;
      const entry = queue.entries[step.chatId]!;
      const offer =
        settings.offerMode === 'one'
          ? makeOffer(settings, [step.first], now)
          : makeOffer(settings, candidatesOf(step.pool), now);
      tx.update(chatRef(ws, step.chatId), offerFields(offer));
      recent = rememberWait(recent, now.getTime() - entry.at.getTime(), entry.places);
      offered++;
    });
    if (plan.length > 0) writeQueue(tx, ws, { entries, recentWaits: recent });
    return offered;
  });
}

/**
 * Re-places a queued chat whose offer ended for `leaving` (lapsed, or they left online): the next
 * operator, the others still ringing, or the waiting queue. Inside the caller's transaction,
 * after it read the chat and the queue.
 */
function replace(
  tx: Transaction,
  ws: string,
  context: RoutingContext,
  chat: WithId<Chat>,
  leaving: string,
  queue: QueueState,
  passedBy: string[],
): void {
  const others = chat.offeredTo.filter((uid) => uid !== leaving);
  const ref = chatRef(ws, chat.id);
  if (others.length > 0) {
    tx.update(ref, { offeredTo: others, passedBy });
    return;
  }
  const placed = placeChat(context, { ...chat, passedBy }, [leaving]);
  if (placed.kind === 'offer') {
    tx.update(ref, { ...offerFields(placed.offer), passedBy });
    return;
  }
  // Nobody else can take it now: it waits, first of its pool by its arrival time.
  const pool = placed.kind === 'queue' ? placed.pool : '*';
  tx.update(ref, { offeredTo: [], offerExpiresAt: FieldValue.delete(), passedBy });
  enqueue(tx, ws, queue, chat.id, pool, chat.queuedAt ?? chat.createdAt);
}

/**
 * A one-at-a-time offer that ran out moves on (ADR 008). Anyone may ask (the waiting visitor's
 * widget does, at the deadline; housekeeping sweeps what nobody asked for); nothing happens
 * before the deadline, so asking early or twice is harmless. The operator who let it lapse gets
 * a lapse counted (unless they had no free slot) and, at LAPSES_BEFORE_AWAY, is set Away.
 * Returns whether the offer moved.
 */
export async function advanceOffer(ws: string, chatId: string, now = new Date()): Promise<boolean> {
  const context = await loadRoutingContext(ws, now);
  return db().runTransaction(async (tx) => {
    const chat = (await tx.get(chatRef(ws, chatId))).data();
    if (!chat || !isOfferLapsed(chat, now)) return false;
    const lapsed = chat.offeredTo[0]!;
    const presenceDoc = presenceRef(ws, lapsed);
    const [queue, presence] = await Promise.all([
      readQueue(tx, ws),
      tx.get(presenceDoc).then((s) => s.data()),
    ]);
    const summaryPresence = context.presence[lapsed];
    const operator = context.operators.find((op) => op.id === lapsed);
    const hadRoom =
      operator !== undefined && (summaryPresence?.activeChats ?? 0) < operator.maxChats;
    const passedBy = [...new Set([...(chat.passedBy ?? []), lapsed])];
    // Whoever lapsed is no candidate until they act again.
    const withoutLapsed = {
      ...context,
      operators: context.operators.filter((op) => op.id !== lapsed),
    };
    replace(tx, ws, withoutLapsed, chat, lapsed, queue, passedBy);
    if (presence && hadRoom && presence.state === 'online') countLapse(tx, presenceDoc, presence);
    return true;
  });
}

function countLapse(
  tx: Transaction,
  ref: DocumentReference,
  presence: { lapsedOffers?: number },
): void {
  const next = afterLapse(presence.lapsedOffers);
  tx.update(
    ref,
    next.setAway
      ? { lapsedOffers: 0, state: 'away', awayForLapses: FieldValue.serverTimestamp() }
      : { lapsedOffers: next.lapses },
  );
}

/** Every lapsed one-at-a-time offer of a workspace moves on (housekeeping's backstop). */
export async function sweepLapsedOffers(ws: string, now: Date): Promise<number> {
  const offered = await chatsCol(ws).where('offerExpiresAt', '<=', Timestamp.fromDate(now)).get();
  let moved = 0;
  for (const doc of offered.docs) if (await advanceOffer(ws, doc.id, now)) moved++;
  return moved;
}

/**
 * An operator left online (away, offline, stale): the chats offered to them move on at once
 * instead of ringing someone who is not there (everyone-at-once: the others keep ringing).
 */
export async function withdrawOffers(ws: string, uid: string, now = new Date()): Promise<number> {
  const offered = await chatsCol(ws).where('offeredTo', 'array-contains', uid).get();
  if (offered.empty) return 0;
  const context = await loadRoutingContext(ws, now);
  context.operators = context.operators.filter((op) => op.id !== uid);
  let moved = 0;
  for (const doc of offered.docs) {
    const done = await db().runTransaction(async (tx) => {
      const chat = (await tx.get(chatRef(ws, doc.id))).data();
      if (chat?.status !== 'queued' || !chat.offeredTo.includes(uid)) return false;
      const queue = await readQueue(tx, ws);
      replace(tx, ws, context, chat, uid, queue, chat.passedBy ?? []);
      return true;
    });
    if (done) moved++;
  }
  return moved;
}
