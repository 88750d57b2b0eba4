import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { REPORT_WORKSPACE_SCOPE } from '../../../utils/domain/reports.ts';
import { REGION } from '../callable.ts';
import { countChat, countOfflineMessage } from '../reports.ts';

/**
 * The triggers that keep the daily report aggregates (ADR 009). Every history summary fires
 * `reportChat`, which counts only the workspace's copy (scope '*', written at close, again when
 * the visitor rates) and returns without a read for the participants' copies and deletions.
 */
export const reportChat = onDocumentWritten(
  { document: 'workspaces/{ws}/chatHistory/{id}', region: REGION },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists || after.get('scope') !== REPORT_WORKSPACE_SCOPE) return;
    await countChat(event.params.ws, event.params.id);
  },
);

export const reportOfflineMessage = onDocumentCreated(
  { document: 'workspaces/{ws}/offlineMessages/{id}', region: REGION },
  async (event) => {
    const createdAt = event.data?.get('createdAt');
    await countOfflineMessage(
      event.params.ws,
      event.params.id,
      createdAt instanceof Timestamp ? createdAt.toDate() : new Date(event.time),
    );
  },
);
