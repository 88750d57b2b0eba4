import {
  collection,
  doc,
  type Firestore,
  limit,
  orderBy,
  query,
  serverTimestamp,
  type WriteBatch,
} from 'firebase/firestore';
import type { AuditEntry, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import type { AdminContext } from '../admin/context.ts';
import { converter, record, str, toDate } from '../convert.ts';

export type AuditEntryDoc = WithId<AuditEntry>;
type Details = NonNullable<AuditEntry['details']>;

/** How many entries the log view shows (newest first). */
export const AUDIT_LOG_WINDOW = 100;

export function auditEntryFromData(id: string, data: Record<string, unknown>): AuditEntryDoc {
  const details: Details = {};
  for (const [key, value] of Object.entries(record(data.details))) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      details[key] = value as Details[string];
  }
  return {
    id,
    actor: str(data.actor),
    action: str(data.action),
    target: str(data.target),
    at: toDate(data.at),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

/** Read side; entries are appended with appendAudit, never edited (the rules forbid it). */
export const auditEntryConverter = converter<AuditEntryDoc>(
  auditEntryFromData,
  'Audit entries are appended with appendAudit().',
);

export const recentAuditEntries = (db: Firestore, ws: string) =>
  query(
    collection(db, paths.auditLog(ws)).withConverter(auditEntryConverter),
    orderBy('at', 'desc'),
    limit(AUDIT_LOG_WINDOW),
  );

/**
 * Adds "who did what to what" to the same batch as the change itself, so the log and the data
 * never disagree. `action` is a dotted verb such as 'department.created' (the rules check it).
 */
export function appendAudit(
  batch: WriteBatch,
  context: AdminContext,
  action: string,
  target: string,
  details?: Details,
): void {
  const ref = doc(collection(context.db, paths.auditLog(context.workspaceId)));
  batch.set(ref, {
    actor: context.uid,
    action,
    target,
    at: serverTimestamp(),
    ...(details && Object.keys(details).length > 0 ? { details } : {}),
  });
}
