import type { Operator, Presence, WithId, Workspace } from '../../utils/domain/model.ts';
import type { RoutingInput } from '../../utils/domain/routing.ts';
import { departmentsCol } from './data/departments.ts';
import { operatorsCol } from './data/operators.ts';
import { presenceCol } from './data/presence.ts';
import { urlRoutesCol } from './data/url-routes.ts';
import { workspaceRef } from './data/workspaces.ts';
import { fail } from './errors.ts';

/** Routing's view of one workspace, minus the request (pageUrl, departmentId). */
export interface RoutingContext
  extends Omit<RoutingInput, 'pageUrl' | 'departmentId' | 'operators' | 'presence'> {
  workspace: Workspace;
  operators: WithId<Operator>[];
  presence: Record<string, WithId<Presence> | undefined>;
  operatorNames: Record<string, string>;
}

/** Everything routing needs about one workspace, read in parallel; not-found for no workspace. */
export async function loadRoutingContext(ws: string, now = new Date()): Promise<RoutingContext> {
  const [workspace, operators, presence, departments, urlRoutes] = await Promise.all([
    workspaceRef(ws).get(),
    operatorsCol(ws).get(),
    presenceCol(ws).get(),
    departmentsCol(ws).get(),
    urlRoutesCol(ws).get(),
  ]);
  const data = workspace.data();
  if (!data) fail('not-found', `Workspace "${ws}" does not exist.`);
  const operatorList = operators.docs.map((d) => d.data());
  return {
    workspace: data,
    mode: data.routingMode,
    operators: operatorList,
    operatorNames: Object.fromEntries(operatorList.map((op) => [op.id, op.displayName])),
    presence: Object.fromEntries(presence.docs.map((d) => [d.id, d.data()])),
    departments: departments.docs.map((d) => d.data()),
    urlRoutes: urlRoutes.docs.map((d) => d.data()),
    now,
  };
}
