// TEMPORARY: a minimal stand-in for utils/domain/routing.ts (DESIGN.md "Routing"), which another
// helper is writing. Delete this file and import the domain module as soon as it lands.
import type {
  Department,
  Operator,
  Presence,
  RoutingMode,
  UrlRoute,
  WithId,
} from '../../../utils/domain/model.ts';

export const PRESENCE_STALE_MS = 90_000;

export interface RoutingInput {
  routingMode: RoutingMode;
  operators: WithId<Operator>[];
  presence: WithId<Presence>[];
  departments: WithId<Department>[];
  urlRoutes: WithId<UrlRoute>[];
  now: Date;
}

export function availableOperatorIds(input: RoutingInput): string[] {
  const presence = new Map(input.presence.map((p) => [p.id, p]));
  return input.operators
    .filter((op) => {
      const p = presence.get(op.id);
      return (
        op.active &&
        p?.state === 'online' &&
        input.now.getTime() - p.lastSeen.getTime() <= PRESENCE_STALE_MS &&
        p.activeChats < op.maxChats
      );
    })
    .map((op) => op.id);
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

const withoutScheme = (url: string) => url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');

export function candidates(
  input: RoutingInput,
  request: { pageUrl: string; departmentId?: string },
): string[] {
  const available = availableOperatorIds(input);
  if (input.routingMode === 'departments') {
    const department = input.departments.find((d) => d.id === request.departmentId);
    if (!department) return [];
    return available.filter((id) => department.operatorIds.includes(id));
  }
  if (input.routingMode === 'url') {
    const url = withoutScheme(request.pageUrl);
    const match = input.urlRoutes
      .filter((route) => route.pattern && globToRegExp(withoutScheme(route.pattern)).test(url))
      .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (match) return available.filter((id) => match.operatorIds.includes(id));
  }
  return available;
}
