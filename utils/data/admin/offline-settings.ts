import {
  type DocumentData,
  doc,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
  writeBatch,
} from 'firebase/firestore';
import type { OfflineSettings } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { dataOf, strings } from '../convert.ts';
import { appendAudit } from './audit-log.ts';
import type { AdminContext } from './context.ts';
import { cleanOperatorIds } from './operator-lists.ts';

export function offlineSettingsFromData(data: Record<string, unknown>): OfflineSettings {
  return { recipientIds: strings(data.recipientIds) };
}

/** settings/offline holds only recipientIds (the rules allow nothing else). */
export const offlineSettingsConverter: FirestoreDataConverter<OfflineSettings, DocumentData> = {
  toFirestore(settings) {
    return { recipientIds: (settings as OfflineSettings).recipientIds };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return offlineSettingsFromData(dataOf(snapshot, options));
  },
};

export const offlineSettingsRef = (db: Firestore, ws: string) =>
  doc(db, paths.offlineSettings(ws)).withConverter(offlineSettingsConverter);

/**
 * Who receives off-line messages by email (the manual's Off-line messages window, "Update").
 * An empty list is allowed: then nobody is mailed and the messages wait in the workspace.
 */
export async function updateOfflineRecipients(
  context: AdminContext,
  recipientIds: readonly string[],
  knownOperatorIds: ReadonlySet<string>,
): Promise<void> {
  const ids = cleanOperatorIds(recipientIds, knownOperatorIds, 'The recipient list', true);
  const batch = writeBatch(context.db);
  batch.set(offlineSettingsRef(context.db, context.workspaceId), { recipientIds: ids });
  appendAudit(batch, context, 'offlineRecipients.updated', 'offline', {
    recipients: ids.length,
  });
  await batch.commit();
}
