import { FieldValue, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import type { OfflineMessage } from '../../utils/domain/model.ts';
import { offlineMessagesCol } from './data/offline-messages.ts';
import { SEND_LEASE_MS } from './mail/retry-policy.ts';

export type NewOfflineMessage = Pick<
  OfflineMessage,
  'name' | 'email' | 'message' | 'departmentId' | 'pageUrl' | 'chatId'
>;

/**
 * Writes an off-line message with a pending delivery to `to`, leased for the first attempt
 * (attemptDelivery right after, by the same caller) so the schedule doesn't send it in parallel.
 */
export function writeOfflineMessage(
  writer: WriteBatch | Transaction,
  ws: string,
  message: NewOfflineMessage,
  to: string[],
  now = new Date(),
) {
  const ref = offlineMessagesCol(ws).doc();
  const data = {
    ...message,
    id: ref.id,
    createdAt: FieldValue.serverTimestamp(),
    delivery: {
      status: 'pending' as const,
      to,
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS),
    },
  };
  (writer as WriteBatch).set(ref, data);
  return { ...data, createdAt: now };
}
