import { FieldValue, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import type { AuditEntry } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const auditEntryConverter = modelConverter<AuditEntry>();

export const auditLogCol = (ws: string) =>
  db().collection(paths.auditLog(ws)).withConverter(auditEntryConverter);

/** Appends an audit entry (server time) inside a batch or transaction, or on its own. */
export function writeAudit(
  ws: string,
  entry: Omit<AuditEntry, 'at'>,
  writer?: WriteBatch | Transaction,
) {
  const ref = auditLogCol(ws).doc();
  const data = { ...entry, id: ref.id, at: FieldValue.serverTimestamp() };
  if (writer) (writer as WriteBatch).set(ref, data);
  else return ref.set(data);
}
