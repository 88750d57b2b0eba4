import { db } from '../admin.ts';
import { converter, millis, num, str } from './convert.ts';

export type RoutingMode = 'all' | 'departments' | 'url';

export interface WorkspaceDoc {
  name: string;
  seatPrice: number;
  currency: string;
  routingMode: RoutingMode;
  /** Seconds a queued chat may wait for an operator before it counts as missed. */
  queueTimeoutSeconds?: number;
  createdAt: number | null;
}

const ROUTING_MODES: readonly RoutingMode[] = ['all', 'departments', 'url'];

export const workspaceConverter = converter<WorkspaceDoc>((data) => ({
  name: str(data.name),
  seatPrice: num(data.seatPrice),
  currency: str(data.currency, 'EUR'),
  routingMode: ROUTING_MODES.includes(data.routingMode) ? data.routingMode : 'all',
  queueTimeoutSeconds:
    typeof data.queueTimeoutSeconds === 'number' ? data.queueTimeoutSeconds : undefined,
  createdAt: millis(data.createdAt),
}));

export const workspaceRef = (ws: string) =>
  db().collection('workspaces').doc(ws).withConverter(workspaceConverter);
