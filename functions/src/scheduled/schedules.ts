import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { periodToClose } from '../../../utils/domain/billing.ts';
import { closeBillingPeriodFor } from '../billing.ts';
import { REGION } from '../callable.ts';
import { workspacesCol } from '../data/workspaces.ts';
import { SMTP_PASS } from '../mail/smtp-secret.ts';
import { sweep } from './sweep.ts';

/** Every minute: missed chats, lapsed transfers, mail retries (see sweep). */
export const housekeeping = onSchedule(
  // Missed chats and retries send mail.
  { schedule: 'every 1 minutes', region: REGION, timeZone: 'UTC', secrets: [SMTP_PASS] },
  async () => {
    const report = await sweep();
    logger.info('housekeeping', report);
  },
);

/**
 * Closes the previous month for every workspace (or just `only`), with the same code as
 * closeBillingPeriod; a workspace already closed for that month keeps its invoice.
 */
export async function closeLastMonth(now = new Date(), only?: string[]) {
  const period = periodToClose(now);
  const workspaces = only
    ? await Promise.all(only.map((ws) => workspacesCol().doc(ws).get()))
    : (await workspacesCol().get()).docs;
  const results = [];
  for (const snapshot of workspaces) {
    if (!snapshot.exists) continue;
    try {
      results.push({
        ws: snapshot.id,
        ...(await closeBillingPeriodFor(snapshot.id, period, 'system', now)),
      });
    } catch (error) {
      logger.error('closing the billing period failed', { ws: snapshot.id, period, error });
    }
  }
  return { period, results };
}

/** 00:05 UTC on the 1st of every month. */
export const monthlyBilling = onSchedule(
  { schedule: '5 0 1 * *', region: REGION, timeZone: 'UTC' },
  async () => {
    const { period, results } = await closeLastMonth();
    logger.info('monthly billing closed', { period, invoices: results.length });
  },
);
