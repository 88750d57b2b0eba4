import type { Workspace } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const workspaceConverter = modelConverter<Workspace>(() => ({
  routingMode: 'all',
  seatPrice: 0,
  currency: 'EUR',
}));

export const workspacesCol = () =>
  db().collection(paths.workspaces()).withConverter(workspaceConverter);
export const workspaceRef = (ws: string) =>
  db().doc(paths.workspace(ws)).withConverter(workspaceConverter);
