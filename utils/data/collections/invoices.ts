import { collection, type Firestore, orderBy, query } from 'firebase/firestore';
import { INVOICE_STATUSES, type Invoice, type WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, oneOf, str, toDate } from '../convert.ts';

export type InvoiceDoc = WithId<Invoice>;

export function invoiceFromData(id: string, data: Record<string, unknown>): InvoiceDoc {
  return {
    id,
    period: str(data.period, id),
    seats: num(data.seats),
    seatPrice: num(data.seatPrice),
    total: num(data.total),
    currency: str(data.currency, 'EUR'),
    status: oneOf(data.status, INVOICE_STATUSES, 'open'),
    issuedAt: toDate(data.issuedAt),
  };
}

/** Read-only: invoices are issued by closeBillingPeriod (callable or the monthly schedule). */
export const invoiceConverter = converter<InvoiceDoc>(
  invoiceFromData,
  'Invoices are issued by closeBillingPeriod only.',
);

/** Newest period first. */
export const invoicesNewestFirst = (db: Firestore, ws: string) =>
  query(
    collection(db, paths.invoices(ws)).withConverter(invoiceConverter),
    orderBy('period', 'desc'),
  );
