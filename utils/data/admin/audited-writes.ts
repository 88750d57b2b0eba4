import {
  type DocumentData,
  type DocumentReference,
  type WithFieldValue,
  writeBatch,
} from 'firebase/firestore';
import type { AuditEntry } from '../../domain/model.ts';
import { appendAudit } from './audit-log.ts';
import type { AdminContext } from './context.ts';

type Details = AuditEntry['details'];

/**
 * The admin panel's single-document changes: the write and its audit entry go in one batch, so
 * the data and the log never disagree. The document's id is the audit target.
 */
export async function setAudited<T>(
  context: AdminContext,
  ref: DocumentReference<T, DocumentData>,
  value: WithFieldValue<T>,
  action: string,
  details?: Details,
): Promise<void> {
  const batch = writeBatch(context.db);
  batch.set(ref, value);
  appendAudit(batch, context, action, ref.id, details);
  await batch.commit();
}

export async function deleteAudited(
  context: AdminContext,
  ref: DocumentReference,
  action: string,
  details?: Details,
): Promise<void> {
  const batch = writeBatch(context.db);
  batch.delete(ref);
  appendAudit(batch, context, action, ref.id, details);
  await batch.commit();
}
