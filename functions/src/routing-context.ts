import type { Workspace } from '../../utils/domain/model.ts';
import { departmentsCol } from './data/departments.ts';
import { operatorsCol } from './data/operators.ts';
import { presenceCol } from './data/presence.ts';
import { urlRoutesCol } from './data/url-routes.ts';
import { workspaceRef } from './data/workspaces.ts';
import { fail } from './errors.ts';
import type { RoutingInput } from './pending-domain/routing.ts';

export interface RoutingContext extends RoutingInput {
  workspace: Workspace;
}

/** Everything routing needs about one workspace, read in parallel; not-found for no workspace. */
export async function loadRoutingContext(ws: string): Promise<RoutingContext> {
  const [workspace, operators, presence, departments, urlRoutes] = await Promise.all([
    workspaceRef(ws).get(),
    operatorsCol(ws).get(),
    presenceCol(ws).get(),
    departmentsCol(ws).get(),
    urlRoutesCol(ws).get(),
  ]);
  const data = workspace.data();
  if (!data) fail('not-found', `Workspace "${ws}" does not exist.`);
  return {
    workspace: data,
    routingMode: data.routingMode,
    operators: operators.docs.map((d) => d.data()),
    presence: presence.docs.map((d) => d.data()),
    departments: departments.docs.map((d) => d.data()),
    urlRoutes: urlRoutes.docs.map((d) => d.data()),
    now: new Date(),
  };
}
