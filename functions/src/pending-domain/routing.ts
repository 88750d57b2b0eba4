// TEMPORARY: a minimal stand-in for utils/domain/routing.ts (DESIGN.md "Routing"), which another
// helper is writing. Delete this file and import the domain module as soon as it lands.
import type { DepartmentDoc } from '../data/departments.ts';
import type { OperatorDoc } from '../data/operators.ts';
import type { PresenceDoc } from '../data/presence.ts';
import type { UrlRouteDoc } from '../data/url-routes.ts';
import type { RoutingMode } from '../data/workspaces.ts';

export const PRESENCE_STALE_MS = 90_000;

export interface RoutingInput {
  routingMode: RoutingMode;
  operators: OperatorDoc[];
  presence: PresenceDoc[];
  departments: DepartmentDoc[];
  urlRoutes: UrlRouteDoc[];
  now: number;
}

export function availableOperatorIds(input: RoutingInput): string[] {
  const presence = new Map(input.presence.map((p) => [p.id, p]));
  return input.operators
    .filter((op) => {
      const p = presence.get(op.id);
      return (
        op.active &&
        p?.state === 'online' &&
        p.lastSeen !== null &&
        input.now - p.lastSeen <= PRESENCE_STALE_MS &&
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
