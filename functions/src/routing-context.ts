import type { Operator, Presence, WithId, Workspace } from '../../utils/domain/model.ts';
import type { RoutingInput } from '../../utils/domain/routing.ts';
import { routingInputFromSummary } from '../../utils/domain/summaries.ts';
import { departmentsCol } from './data/departments.ts';
import { operatorsCol } from './data/operators.ts';
import { presenceCol } from './data/presence.ts';
import { createSummaries, readRoutingSummary } from './data/summaries.ts';
import { urlRoutesCol } from './data/url-routes.ts';
import { workspaceRef } from './data/workspaces.ts';
import { fail } from './errors.ts';

/** Routing's view of one workspace, minus the request (pageUrl, departmentId). */
export type RoutingContext = Omit<RoutingInput, 'pageUrl' | 'departmentId'> & {
  workspace: Workspace;
};

/** The whole team, for what needs names and emails as well (transfers by name). */
export interface TeamContext extends RoutingContext {
  operators: WithId<Operator>[];
  presence: Record<string, WithId<Presence> | undefined>;
  operatorNames: Record<string, string>;
}

async function readWorkspace(ws: string): Promise<Workspace> {
  const data = (await workspaceRef(ws).get()).data();
  if (!data)
    fail('not-found', `Workspace "${ws}" does not exist.`, { reason: 'workspace-missing' });
  return data;
}

/**
 * What routing needs about one workspace in two reads, whatever the team size: the workspace
 * (mode, verification) and its routing summary (ADR 006). widgetStatus, startChat, hand-back.
 */
export async function loadRoutingContext(ws: string, now = new Date()): Promise<RoutingContext> {
  const [workspace, stored] = await Promise.all([readWorkspace(ws), readRoutingSummary(ws)]);
  // A workspace older than the summaries gets its summary on first use.
  const summary = stored ?? (await createSummaries(ws));
  return { workspace, mode: workspace.routingMode, ...routingInputFromSummary(summary), now };
}

/** Every operator and presence document (a read each): requestTransfer resolves names with it. */
export async function loadTeamContext(ws: string, now = new Date()): Promise<TeamContext> {
  const [workspace, operators, presence, departments, urlRoutes] = await Promise.all([
    readWorkspace(ws),
    operatorsCol(ws).get(),
    presenceCol(ws).get(),
    departmentsCol(ws).get(),
    urlRoutesCol(ws).get(),
  ]);
  const operatorList = operators.docs.map((d) => d.data());
  return {
    workspace,
    mode: workspace.routingMode,
    operators: operatorList,
    operatorNames: Object.fromEntries(operatorList.map((op) => [op.id, op.displayName])),
    presence: Object.fromEntries(presence.docs.map((d) => [d.id, d.data()])),
    departments: departments.docs.map((d) => d.data()),
    urlRoutes: urlRoutes.docs.map((d) => d.data()),
    now,
  };
}
