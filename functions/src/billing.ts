import { FieldValue } from 'firebase-admin/firestore';
import {
  buildInvoice,
  invoiceIdFor,
  isValidPeriod,
  periodCloseError,
} from '../../utils/domain/billing.ts';
import type { CloseBillingPeriodResponse } from '../../utils/domain/callables.ts';
import { db } from './admin.ts';
import { writeAudit } from './data/audit-log.ts';
import { invoiceRef } from './data/invoices.ts';
import { workspaceRef } from './data/workspaces.ts';
import { fail } from './errors.ts';
import { seatsToBill } from './seats.ts';

/**
 * Issues the invoice of one finished month for the peak of its active seats (seat-usage.ts,
 * ADR 005), once: the invoice id
 * is the period, and a transaction finds an existing one, so the monthly schedule, an admin and
 * any retry all end up with the same single invoice. Used by closeBillingPeriod and the schedule.
 */
export async function closeBillingPeriodFor(
  ws: string,
  period: string,
  actor: string,
  now = new Date(),
): Promise<CloseBillingPeriodResponse> {
  const problem = periodCloseError(period, now);
  if (problem) {
    if (!isValidPeriod(period)) fail('invalid-argument', problem, { reason: 'bad-period' });
    fail('failed-precondition', problem, { reason: 'period-not-ended', period });
  }
  const ref = invoiceRef(ws, invoiceIdFor(period));
  return db().runTransaction(async (tx) => {
    const existing = (await tx.get(ref)).data();
    if (existing) {
      return {
        invoiceId: existing.id,
        created: false,
        seats: existing.seats,
        total: existing.total,
        currency: existing.currency,
      };
    }
    const workspace = (await tx.get(workspaceRef(ws))).data();
    if (!workspace)
      fail('not-found', 'This workspace does not exist.', { reason: 'workspace-missing' });
    const invoice = buildInvoice({
      period,
      seats: await seatsToBill(tx, ws, period),
      seatPrice: workspace.seatPrice,
      currency: workspace.currency,
      issuedAt: now,
    });
    tx.create(ref, { ...invoice, id: ref.id, issuedAt: FieldValue.serverTimestamp() });
    writeAudit(
      ws,
      {
        actor,
        action: 'billing.closed',
        target: period,
        details: { seats: invoice.seats, total: invoice.total, currency: invoice.currency },
      },
      tx,
    );
    return {
      invoiceId: ref.id,
      created: true,
      seats: invoice.seats,
      total: invoice.total,
      currency: invoice.currency,
    };
  });
}
