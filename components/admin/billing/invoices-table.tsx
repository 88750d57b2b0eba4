import type { InvoiceDoc } from '../../../utils/data/collections/invoices.ts';
import { formatMoney } from '../../../utils/domain/billing.ts';
import { t } from '../../../utils/i18n.ts';

const STATUS_LABELS: Record<InvoiceDoc['status'], string> = {
  open: 'Open',
  paid: 'Paid',
  void: 'Void',
};

/** Invoices, newest period first. */
export function InvoicesTable({ invoices }: { invoices: readonly InvoiceDoc[] }) {
  if (invoices.length === 0) return <p class="empty">{t('noInvoicesYetTheFirstOne')}</p>;
  return (
    <table class="admin-table invoices-table">
      <thead>
        <tr>
          <th scope="col">{t('period')}</th>
          <th scope="col" class="number">
            {t('seats')}
          </th>
          <th scope="col" class="number">
            {t('seatPrice')}
          </th>
          <th scope="col" class="number">
            {t('total')}
          </th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('issued')}</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => (
          <tr key={invoice.id}>
            <th scope="row">{invoice.period}</th>
            <td class="number">{invoice.seats}</td>
            <td class="number">{formatMoney(invoice.seatPrice, invoice.currency)}</td>
            <td class="number">{formatMoney(invoice.total, invoice.currency)}</td>
            <td>{STATUS_LABELS[invoice.status]}</td>
            <td>{invoice.issuedAt.toISOString().slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
