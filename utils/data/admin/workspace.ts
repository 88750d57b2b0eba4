import {
  type DocumentData,
  doc,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
  writeBatch,
} from 'firebase/firestore';
import { isKnownCurrency } from '../../domain/billing.ts';
import { type ChatTimeouts, validateChatTimeouts } from '../../domain/chat-timeouts.ts';
import {
  ROUTING_MODES,
  type RoutingMode,
  type WithId,
  type Workspace,
} from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { dataOf, num, oneOf, str, toDate } from '../convert.ts';
import { appendAudit } from './audit-log.ts';
import type { AdminContext } from './context.ts';
import { valueOrThrow } from './errors.ts';

export type WorkspaceDoc = WithId<Workspace>;

export function workspaceFromData(id: string, data: Record<string, unknown>): WorkspaceDoc {
  const currency = str(data.currency, 'EUR');
  return {
    id,
    name: str(data.name, id),
    seatPrice: Math.max(0, Math.round(num(data.seatPrice))),
    currency: isKnownCurrency(currency) ? currency : 'EUR',
    routingMode: oneOf(data.routingMode, ROUTING_MODES, 'all'),
    createdAt: toDate(data.createdAt),
    ...positiveSeconds('queueTimeoutSeconds', data.queueTimeoutSeconds),
    ...positiveSeconds('transferTimeoutSeconds', data.transferTimeoutSeconds),
  };
}

/** An optional timeout: kept only when it is a positive number (absent means the default). */
function positiveSeconds<K extends string>(key: K, value: unknown): { [P in K]?: number } {
  return typeof value === 'number' && value > 0 ? ({ [key]: value } as { [P in K]: number }) : {};
}

/** Read side; the Control Panel changes the workspace with setRoutingMode and setChatTimeouts. */
export const workspaceConverter: FirestoreDataConverter<WorkspaceDoc, DocumentData> = {
  toFirestore() {
    throw new Error('Change the workspace with setRoutingMode() or setChatTimeouts().');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return workspaceFromData(snapshot.id, dataOf(snapshot, options));
  },
};

export const workspaceRef = (db: Firestore, ws: string) =>
  doc(db, paths.workspace(ws)).withConverter(workspaceConverter);

/**
 * One enum decides how chats are routed ('all' | 'departments' | 'url'), so turning URL routing
 * on turns department routing off and the other way round, as the seed manual requires.
 */
export async function setRoutingMode(context: AdminContext, mode: RoutingMode): Promise<void> {
  const batch = writeBatch(context.db);
  batch.update(doc(context.db, paths.workspace(context.workspaceId)), { routingMode: mode });
  appendAudit(batch, context, 'workspace.routingChanged', context.workspaceId, { mode });
  await batch.commit();
}

/**
 * The queue and transfer timeouts (ADR 001), as typed: validated with the bounds firestore.rules
 * enforces (an InputError says what is wrong before anything is sent), stored as whole seconds.
 * Both are written, so the stored pair is always what the form showed.
 */
export async function setChatTimeouts(
  context: AdminContext,
  input: { queueTimeoutSeconds: unknown; transferTimeoutSeconds: unknown },
): Promise<ChatTimeouts> {
  const timeouts = valueOrThrow(validateChatTimeouts(input));
  const batch = writeBatch(context.db);
  batch.update(doc(context.db, paths.workspace(context.workspaceId)), { ...timeouts });
  appendAudit(batch, context, 'workspace.timeoutsChanged', context.workspaceId, { ...timeouts });
  await batch.commit();
  return timeouts;
}

/** What each mode means, for the checkbox captions and the notices when one replaces another. */
export const ROUTING_MODE_LABELS: Record<RoutingMode, string> = {
  all: 'every available operator',
  departments: 'department routing (visitors choose a department)',
  url: 'URL routing (the page address picks the operators)',
};
