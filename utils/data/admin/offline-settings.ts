import { writeBatch } from 'firebase/firestore';
import { appendAudit } from '../collections/audit-log.ts';
import { offlineSettingsRef } from '../collections/offline-settings.ts';
import type { AdminContext } from './context.ts';
import { cleanOperatorIds } from './operator-lists.ts';

/**
 * Who receives off-line messages by email (the manual's Off-line messages window, "Update").
 * An empty list is allowed: then nobody is mailed and the messages wait in the workspace.
 */
export async function updateOfflineRecipients(
  context: AdminContext,
  recipientIds: readonly string[],
  knownOperatorIds: ReadonlySet<string>,
): Promise<void> {
  const ids = cleanOperatorIds(recipientIds, knownOperatorIds, 'offlineRecipients', true);
  const batch = writeBatch(context.db);
  batch.set(offlineSettingsRef(context.db, context.workspaceId), { recipientIds: ids });
  appendAudit(batch, context, 'offlineRecipients.updated', 'offline', {
    recipients: ids.length,
  });
  await batch.commit();
}
