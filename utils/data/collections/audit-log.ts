import { collection, doc, serverTimestamp, type WriteBatch, writeBatch } from 'firebase/firestore';
import type { AuditEntry, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import type { AdminContext } from '../admin/context.ts';
import { converter, record, str, toDate } from '../convert.ts';

export type AuditEntryDoc = WithId<AuditEntry>;
type Details = NonNullable<AuditEntry['details']>;

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

/**
 * Adds "who did what to what" to the same batch as the change itself, so the log and the data
 * never disagree. `action` is a dotted verb such as 'department.created'. The rules refuse an
 * admin change without it: they find the entry through the admin's audit head, moved to it in
 * the same batch (firestore.rules audited(), ADR 005), so a batch carries one entry.
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
  batch.set(doc(context.db, paths.auditHead(context.workspaceId, context.uid)), {
    entryId: ref.id,
    at: serverTimestamp(),
  });
}

/**
 * Records that an admin opened another operator's chat. A read can't be audited by the rules, so
 * the console writes this entry when the admin opens the chat (ADR 005).
 */
export async function recordChatViewed(
  context: AdminContext,
  chat: { id: string; operatorId?: string },
): Promise<void> {
  const batch = writeBatch(context.db);
  appendAudit(batch, context, 'chat.viewed', chat.id, { operatorId: chat.operatorId ?? null });
  await batch.commit();
}
