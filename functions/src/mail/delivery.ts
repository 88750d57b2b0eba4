import { logger } from 'firebase-functions';
import type { OfflineMessage, WithId } from '../../../utils/domain/model.ts';
import { db } from '../admin.ts';
import { departmentRef } from '../data/departments.ts';
import { offlineMessageRef } from '../data/offline-messages.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { composeOfflineMail } from './compose.ts';
import { afterAttempt, isDue, SEND_LEASE_MS } from './retry-policy.ts';
import { sendMail } from './send.ts';

/**
 * One delivery attempt of an off-line message whose send lease the caller holds; records the
 * outcome (sent / pending with the next attempt after the backoff / failed) on the document.
 */
export async function attemptDelivery(
  ws: string,
  message: WithId<OfflineMessage>,
  now = new Date(),
): Promise<WithId<OfflineMessage>['delivery']> {
  const ref = offlineMessageRef(ws, message.id);
  let outcome: Parameters<typeof afterAttempt>[1];
  if (message.delivery.to.length === 0) {
    outcome = {
      ok: false,
      error: 'No off-line message recipients are configured.',
      permanent: true,
    };
  } else {
    try {
      const [workspace, department] = await Promise.all([
        workspaceRef(ws).get(),
        message.departmentId ? departmentRef(ws, message.departmentId).get() : null,
      ]);
      const mail = composeOfflineMail({
        workspaceName: workspace.data()?.name || ws,
        name: message.name,
        email: message.email,
        message: message.message,
        pageUrl: message.pageUrl,
        departmentName: department?.data()?.name,
        missedChat: Boolean(message.chatId),
      });
      await sendMail(message.delivery.to, mail);
      outcome = { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn('off-line message delivery failed', { ws, id: message.id, reason });
      outcome = { ok: false, error: reason };
    }
  }
  const delivery = afterAttempt(message.delivery, outcome, now);
  // `delivery` is replaced whole, so nextAttemptAt/lastError disappear once sent.
  await ref.update({ delivery });
  return delivery;
}

/**
 * Takes the send lease of a due message in a transaction (so two schedule runs, or a run and the
 * callable, never send the same message twice); null when it is not due or someone else has it.
 */
export async function claimDue(
  ws: string,
  id: string,
  now = new Date(),
): Promise<WithId<OfflineMessage> | null> {
  const ref = offlineMessageRef(ws, id);
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const message = snapshot.data();
    if (!message || !isDue(message.delivery, now)) return null;
    const nextAttemptAt = new Date(now.getTime() + SEND_LEASE_MS);
    tx.update(ref, { 'delivery.nextAttemptAt': nextAttemptAt });
    return { ...message, delivery: { ...message.delivery, nextAttemptAt } };
  });
}
