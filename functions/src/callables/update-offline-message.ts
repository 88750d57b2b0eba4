import { FieldValue } from 'firebase-admin/firestore';
import type { UpdateOfflineMessageResponse } from '../../../utils/domain/callables.ts';
import type { OfflineDelivery } from '../../../utils/domain/model.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { offlineMessageRef } from '../data/offline-messages.ts';
import { operatorRef } from '../data/operators.ts';
import { offlineSettingsRef } from '../data/settings.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { attemptDelivery } from '../mail/delivery.ts';
import { offlineMailbox } from '../mail/offline-mailbox.ts';
import { offlineRecipients } from '../mail/recipients.ts';
import { SEND_LEASE_MS } from '../mail/retry-policy.ts';
import { MAIL_SECRETS } from '../mail/smtp-secret.ts';
import { validateUpdateOfflineMessageRequest } from '../requests.ts';

/**
 * The off-line inbox's actions (admins and the off-line recipients, as the rules let them read
 * it): retry a failed delivery (leased in the transaction, sent at once to today's recipients
 * with fresh attempts, then retried by housekeeping as any pending mail), mark handled, reopen.
 * The delivery log stays the functions' record; every action is audited.
 */
export const updateOfflineMessage = callable(
  'updateOfflineMessage',
  async (request): Promise<UpdateOfflineMessageResponse> => {
    const {
      workspaceId: ws,
      id,
      action,
    } = valid(validateUpdateOfflineMessageRequest(request.data));
    const caller = requireOperator(request, ws);
    const to = action === 'retry' ? await offlineRecipients(ws) : [];
    const now = new Date();
    const updated = await db().runTransaction(async (tx) => {
      const [message, settings, me] = await Promise.all([
        tx.get(offlineMessageRef(ws, id)),
        tx.get(offlineSettingsRef(ws)),
        tx.get(operatorRef(ws, caller.uid)),
      ]);
      const recipient = settings.data()?.recipientIds?.includes(caller.uid) ?? false;
      if (caller.role !== 'admin' && !recipient) {
        fail('permission-denied', 'Only administrators and the off-line recipients may do this.', {
          reason: 'offline-inbox-only',
        });
      }
      const current = message.data();
      if (!current)
        fail('not-found', 'That off-line message does not exist.', {
          reason: 'offline-message-missing',
        });
      if (action === 'retry') {
        if (current.delivery.status !== 'failed') {
          fail('failed-precondition', 'Only a failed delivery can be retried.', {
            reason: 'delivery-not-failed',
          });
        }
        const delivery: OfflineDelivery = {
          status: 'pending',
          to,
          attempts: 0,
          ...(current.delivery.lastError ? { lastError: current.delivery.lastError } : {}),
          // The lease: this call sends it right after, so the schedule must not.
          nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS),
        };
        tx.update(message.ref, { delivery });
        writeAudit(ws, { actor: caller.uid, action: 'offlineMessage.retried', target: id }, tx);
        return { ...current, delivery };
      }
      const handled = action === 'handled';
      const record = { by: caller.uid, name: me.data()?.displayName ?? 'An operator', at: now };
      tx.update(message.ref, { handled: handled ? record : FieldValue.delete() });
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: handled ? 'offlineMessage.handled' : 'offlineMessage.reopened',
          target: id,
        },
        tx,
      );
      return { ...current, handled: handled ? record : undefined };
    });
    const delivery =
      action === 'retry'
        ? await attemptDelivery(ws, offlineMailbox, updated, now)
        : updated.delivery;
    return { id, delivery: delivery.status, handled: Boolean(updated.handled) };
  },
  MAIL_SECRETS,
);
