import type { SubmitOfflineMessageResponse } from '../../../utils/domain/callables.ts';
import { OFFLINE_MESSAGE_LIMIT } from '../../../utils/domain/rate-limit.ts';
import { db } from '../admin.ts';
import { WIDGET_APP_CHECK } from '../app-check.ts';
import { requireSignedIn } from '../auth-guard.ts';
import { addressHashOf, refuseBlocked } from '../blocks.ts';
import { callable } from '../callable.ts';
import { departmentRef } from '../data/departments.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { attemptDelivery } from '../mail/delivery.ts';
import { offlineMailbox } from '../mail/offline-mailbox.ts';
import { offlineRecipients } from '../mail/recipients.ts';
import { MAIL_SECRETS } from '../mail/smtp-secret.ts';
import { writeOfflineMessage } from '../offline-messages.ts';
import { consumeRateLimit } from '../rate-limit.ts';
import { validateSubmitOfflineMessageRequest } from '../requests.ts';
import { isWorkspaceLive } from '../workspace-status.ts';

/**
 * The widget's off-line form: stores the message and emails it to the workspace's off-line
 * recipients right away; a failed send stays pending and the schedule retries it with backoff.
 * The visitor learns only that it was received (never the recipients' addresses).
 */
export const submitOfflineMessage = callable(
  'submitOfflineMessage',
  async (request): Promise<SubmitOfflineMessageResponse> => {
    const uid = requireSignedIn(request);
    const input = valid(validateSubmitOfflineMessageRequest(request.data));
    const ws = input.workspaceId;
    await refuseBlocked(ws, request, input.email); // ADR 010
    const [workspace, department] = await Promise.all([
      workspaceRef(ws).get(),
      input.departmentId ? departmentRef(ws, input.departmentId).get() : null,
    ]);
    const workspaceData = workspace.data();
    if (!workspaceData)
      fail('not-found', `Workspace "${ws}" does not exist.`, { reason: 'workspace-missing' });
    // An unverified workspace must not turn our mail server into anyone's relay.
    if (!(await isWorkspaceLive(ws, workspaceData))) {
      fail('failed-precondition', 'Messages are not accepted on this website yet.', {
        reason: 'messages-not-live',
      });
    }
    if (department && !department.exists)
      fail('not-found', 'That department does not exist.', { reason: 'department-missing' });
    await consumeRateLimit(
      ws,
      uid,
      'offlineMessage',
      [OFFLINE_MESSAGE_LIMIT],
      'messages sent',
      Date.now(),
      addressHashOf(ws, request),
    );

    const to = await offlineRecipients(ws);
    const batch = db().batch();
    const message = writeOfflineMessage(
      batch,
      ws,
      {
        name: input.name,
        email: input.email,
        message: input.message,
        departmentId: input.departmentId,
        pageUrl: input.pageUrl,
      },
      to,
    );
    await batch.commit();
    await attemptDelivery(ws, offlineMailbox, message);
    return { id: message.id };
  },
  { ...MAIL_SECRETS, ...WIDGET_APP_CHECK },
);
