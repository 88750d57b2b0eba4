/**
 * The waiting queue (ADR 008): a chat that routing found no available operator for, while
 * someone who may take it is online but full, waits in `summaries/queue` instead of the visitor
 * getting the off-line form. FIFO per pool: the pool is who may take the chat (everyone, a
 * department, a URL route). The functions offer the longest-waiting chat of a pool as soon as one
 * of its operators has a free slot. Waiting visitors read their place and an estimated wait from a
 * small board derived from it in the same transaction (`summaries/queuePlaces`, queuePlaces).
 */
import type { QueueEntry, QueuePlacesBoard, QueueSummary } from './model.ts';
import type { RoutingBasis, RoutingInput } from './routing.ts';
import { availableOperators, unavailableReason } from './routing.ts';

/** '*' (every operator), `department:<id>` or `url:<id>`. */
export type QueuePool = string;

export function poolOf(basis: RoutingBasis): QueuePool {
  if (basis.kind === 'department') return `department:${basis.departmentId}`;
  if (basis.kind === 'url') return `url:${basis.routeId}`;
  return '*';
}

/** The operators of a pool; undefined = everyone. A pool whose route or department is gone is empty. */
export function poolMembers(
  pool: QueuePool,
  input: Pick<RoutingInput, 'departments' | 'urlRoutes'>,
): readonly string[] | undefined {
  if (pool === '*') return undefined;
  const [kind, id] = [pool.slice(0, pool.indexOf(':')), pool.slice(pool.indexOf(':') + 1)];
  const owner =
    kind === 'department'
      ? input.departments.find((d) => d.id === id)
      : input.urlRoutes.find((r) => r.id === id);
  return owner?.operatorIds ?? [];
}

/** Someone of the pool is online but has no free slot: worth waiting for (else the off-line form). */
export function someoneBusyOnline(
  input: Pick<RoutingInput, 'operators' | 'presence' | 'now' | 'staleMs'>,
  members: readonly string[] | undefined,
): boolean {
  const pool = members ? new Set(members) : null;
  return input.operators.some(
    (op) =>
      (pool === null || pool.has(op.id)) &&
      unavailableReason(op, input.presence[op.id], input.now, input.staleMs) === 'full',
  );
}

/** The available operators of a pool, least busy first. */
export function poolCandidates(
  pool: QueuePool,
  input: Pick<
    RoutingInput,
    'operators' | 'presence' | 'now' | 'staleMs' | 'departments' | 'urlRoutes'
  >,
): string[] {
  return availableOperators(input, poolMembers(pool, input));
}

const byArrival = ([a, x]: [string, QueueEntry], [b, y]: [string, QueueEntry]) =>
  x.at.getTime() - y.at.getTime() || (a < b ? -1 : a > b ? 1 : 0);

/** The waiting chats, longest-waiting first. */
export function queueOrder(entries: QueueSummary['entries']): [string, QueueEntry][] {
  return Object.entries(entries).sort(byArrival);
}

/** 1 for the next chat of its pool; null when the chat is not waiting. */
export function queuePosition(
  summary: Pick<QueueSummary, 'entries'> | undefined,
  chatId: string,
): number | null {
  const mine = summary?.entries[chatId];
  if (!summary || !mine) return null;
  return (
    1 +
    queueOrder(summary.entries).filter(
      ([id, entry]) => entry.pool === mine.pool && byArrival([id, entry], [chatId, mine]) < 0,
    ).length
  );
}

/** How many recent waits the estimate remembers. */
export const RECENT_WAITS = 20;

/**
 * Seconds a recent chat waited per place it had in the queue when it joined, newest last: a chat
 * that joined at place 3 and was offered after 90 s contributes 30.
 */
export function rememberWait(
  recent: readonly number[],
  waitedMs: number,
  places: number,
): number[] {
  return [...recent, Math.max(0, waitedMs) / 1000 / Math.max(1, places)].slice(-RECENT_WAITS);
}

/** The median of the recent seconds per place; null until a chat has waited (no honest figure). */
export function secondsPerPlace(recent: readonly number[] | undefined): number | null {
  if (!recent || recent.length === 0) return null;
  const sorted = [...recent].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The estimated wait at `position` from the seconds per place (secondsPerPlace), rounded up to
 * a quarter minute; null without a figure.
 */
export function estimatedWaitSeconds(perPlace: number | null, position: number): number | null {
  if (perPlace === null) return null;
  return Math.max(15, Math.ceil((perPlace * position) / 15) * 15);
}

/**
 * A waiting chat's key on the places board: short (every waiting visitor receives the whole
 * board on every change, so its size is paid per visitor per change) and not the chat's id.
 * A 53-bit string hash (cyrb53) in base 36: a clash among one workspace's waiting chats is
 * vanishingly unlikely, and would only show two visitors the same place.
 */
export function queueTicket(chatId: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < chatId.length; i++) {
    const c = chatId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What waiting visitors read (summaries/queuePlaces): each waiting chat's place in its pool by
 * ticket, and the seconds per place the estimate multiplies. Derived from the whole queue on
 * every change, in the transaction that changes it.
 */
export function queuePlaces(
  summary: Pick<QueueSummary, 'entries' | 'recentWaits'>,
): Omit<QueuePlacesBoard, 'updatedAt'> {
  const ahead = new Map<QueuePool, number>();
  const places: Record<string, number> = {};
  for (const [chatId, entry] of queueOrder(summary.entries)) {
    const place = (ahead.get(entry.pool) ?? 0) + 1;
    ahead.set(entry.pool, place);
    places[queueTicket(chatId)] = place;
  }
  return { places, secondsPerPlace: secondsPerPlace(summary.recentWaits) };
}

/**
 * Which waiting chats to offer now, FIFO: each in turn goes to its pool's least busy operator
 * with a slot left, who then counts as one chat busier. `freeSlots` holds the available
 * operators' free slots (maxChats − activeChats).
 */
export function drainPlan(
  entries: QueueSummary['entries'],
  candidatesOf: (pool: QueuePool) => string[],
  freeSlots: Map<string, number>,
): { chatId: string; pool: QueuePool; first: string }[] {
  const left = new Map(freeSlots);
  const given = new Map<string, number>();
  const plan: { chatId: string; pool: QueuePool; first: string }[] = [];
  for (const [chatId, entry] of queueOrder(entries)) {
    // Least busy first, counting what this plan already gave (a stable sort keeps routing's order).
    const first = candidatesOf(entry.pool)
      .filter((uid) => (left.get(uid) ?? 0) > 0)
      .sort((a, b) => (given.get(a) ?? 0) - (given.get(b) ?? 0))[0];
    if (!first) continue;
    left.set(first, (left.get(first) ?? 0) - 1);
    given.set(first, (given.get(first) ?? 0) + 1);
    plan.push({ chatId, pool: entry.pool, first });
  }
  return plan;
}
