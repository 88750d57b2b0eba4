/**
 * Who gets offered a new chat (docs/architecture.md "Routing"); used by startChat and
 * widgetStatus.
 *
 * Available = active operator, presence online, lastSeen within 90 s, activeChats < maxChats.
 * - 'url': the most specific matching URL route (url-pattern.ts) picks its operators; no route
 *   matches -> every available operator.
 * - 'departments': the visitor's department picks its operators; no department chosen -> every
 *   available operator; an unknown department is an error (the widget offered a stale list).
 * - 'all': every available operator.
 * Candidates are ordered least busy first: fewest active chats, then longest idle (ADR 008);
 * offers.ts decides whether a chat rings all of them or one at a time.
 */
import type { Department, Operator, Presence, RoutingMode, UrlRoute, WithId } from './model.ts';
import { effectivePresence, PRESENCE_STALE_MS } from './presence.ts';
import { mostSpecificRoute } from './url-pattern.ts';

type RoutingOperator = WithId<Pick<Operator, 'active' | 'maxChats'>>;
type RoutingPresence = Pick<Presence, 'state' | 'lastSeen' | 'activeChats'> & {
  /** When their load last changed (the routing summary's idleSince); earlier = idle longer. */
  idleSince?: Date;
};

export interface RoutingInput {
  mode: RoutingMode;
  operators: readonly RoutingOperator[];
  /** Presence by operator uid; a missing entry means offline. */
  presence: Readonly<Record<string, RoutingPresence | undefined>>;
  departments: readonly WithId<Department>[];
  urlRoutes: readonly WithId<UrlRoute>[];
  departmentId?: string;
  pageUrl: string;
  now: Date;
  staleMs?: number;
}

/** Why the candidates are who they are (logged by startChat, shown in tests). */
export type RoutingBasis =
  | { kind: 'all' }
  | { kind: 'department'; departmentId: string }
  | { kind: 'url'; routeId: string }
  | { kind: 'url-fallback' }
  | { kind: 'department-fallback' };

export type RoutingResult =
  | { ok: true; candidates: string[]; basis: RoutingBasis }
  | { ok: false; error: 'unknown-department'; message: string };

/** Why an operator is not available, or null when they are (the admin panel shows it). */
export type UnavailableReason = 'inactive' | 'offline' | 'away' | 'stale' | 'full';

export function unavailableReason(
  operator: Pick<Operator, 'active' | 'maxChats'>,
  presence: RoutingPresence | undefined,
  now: Date,
  staleMs = PRESENCE_STALE_MS,
): UnavailableReason | null {
  if (!operator.active) return 'inactive';
  if (!presence || presence.state === 'offline') return 'offline';
  if (effectivePresence(presence, now, staleMs) === 'offline') return 'stale';
  if (presence.state === 'away') return 'away';
  if (presence.activeChats >= operator.maxChats) return 'full';
  return null;
}

export function isAvailable(
  operator: Pick<Operator, 'active' | 'maxChats'>,
  presence: RoutingPresence | undefined,
  now: Date,
  staleMs = PRESENCE_STALE_MS,
): boolean {
  return unavailableReason(operator, presence, now, staleMs) === null;
}

/**
 * Available operators among `pool` (all operators when omitted), least busy first: fewest active
 * chats, then idle longest (an unknown idle time counts as longest), then by uid.
 */
export function availableOperators(
  input: Pick<RoutingInput, 'operators' | 'presence' | 'now' | 'staleMs'>,
  pool?: readonly string[],
): string[] {
  const allowed = pool ? new Set(pool) : null;
  const load = (uid: string) => input.presence[uid]?.activeChats ?? 0;
  const idleSince = (uid: string) => input.presence[uid]?.idleSince?.getTime() ?? 0;
  return input.operators
    .filter((operator) => allowed === null || allowed.has(operator.id))
    .filter((operator) =>
      isAvailable(operator, input.presence[operator.id], input.now, input.staleMs),
    )
    .map((operator) => operator.id)
    .sort(
      (a, b) => load(a) - load(b) || idleSince(a) - idleSince(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
}

/** The candidates a new chat may be offered to; an empty list means "show the off-line form". */
export function routeChat(input: RoutingInput): RoutingResult {
  if (input.mode === 'departments') {
    if (!input.departmentId) {
      return {
        ok: true,
        candidates: availableOperators(input),
        basis: { kind: 'department-fallback' },
      };
    }
    const department = input.departments.find((d) => d.id === input.departmentId);
    if (!department) {
      return {
        ok: false,
        error: 'unknown-department',
        message: 'That department no longer exists; please choose another one.',
      };
    }
    return {
      ok: true,
      candidates: availableOperators(input, department.operatorIds),
      basis: { kind: 'department', departmentId: department.id },
    };
  }
  if (input.mode === 'url') {
    const route = mostSpecificRoute(input.urlRoutes, input.pageUrl);
    if (!route)
      return { ok: true, candidates: availableOperators(input), basis: { kind: 'url-fallback' } };
    return {
      ok: true,
      candidates: availableOperators(input, route.operatorIds),
      basis: { kind: 'url', routeId: route.id },
    };
  }
  return { ok: true, candidates: availableOperators(input), basis: { kind: 'all' } };
}

/**
 * Departments for the widget's "Choose Department" list with whether each can answer now.
 * Only in 'departments' mode; other modes show no list.
 */
export function departmentAvailability(
  input: Pick<RoutingInput, 'mode' | 'operators' | 'presence' | 'departments' | 'now' | 'staleMs'>,
): { id: string; name: string; available: boolean }[] {
  if (input.mode !== 'departments') return [];
  return [...input.departments]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((department) => ({
      id: department.id,
      name: department.name,
      available: availableOperators(input, department.operatorIds).length > 0,
    }));
}
