import { useState } from 'preact/hooks';
import { closeBillingPeriod } from '../../../utils/data/admin/invoices.ts';
import type { CardFields } from '../../../utils/data/admin/payment-card.ts';
import {
  addPaymentMethod,
  removePaymentMethod,
  setDefaultPaymentMethod,
} from '../../../utils/data/admin/payment-methods.ts';
import type { PaymentMethodDoc } from '../../../utils/data/collections/payment-methods.ts';
import { countActiveSeats } from '../../../utils/domain/billing.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useNow } from '../../ui/use-now.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { AddCardForm } from './add-card-form.tsx';
import { ClosePeriodForm } from './close-period-form.tsx';
import { FeeSummary } from './fee-summary.tsx';
import { InvoicesTable } from './invoices-table.tsx';
import { PaymentMethodsList } from './payment-methods-list.tsx';
import { SeatRule } from './seat-rule.tsx';

/** Administrators only: the monthly fee, invoices, and saved payment methods. */
export function BillingPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['workspace', 'operators', 'invoices', 'paymentMethods']);
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const add = useAction(t('actionSaveTheCard'));
  const change = useAction(t('actionChangeTheCard'));
  const now = useNow(60_000);

  if (!data) return <p class="muted">{t('loading')}</p>;
  const { context } = data;
  const workspace = data.workspace.data.value;
  const methods = data.paymentMethods.items.value;

  async function addCard(card: CardFields, makeDefault: boolean) {
    const done = await add.run(() => addPaymentMethod(context, card, methods, makeDefault));
    if (!done) return;
    setAdding(false);
    setStatus(t('savedTheCardEnding', card.last4));
  }

  async function onCard(method: PaymentMethodDoc, work: () => Promise<void>, message: string) {
    setBusyId(method.id);
    setStatus(null);
    const done = await change.run(async () => {
      await work();
      return true;
    });
    setBusyId(null);
    if (done) setStatus(message);
  }

  return (
    <section class="admin-panel billing-panel" aria-labelledby="billing-title">
      <header class="admin-panel__header">
        <h2 id="billing-title">{t('billing')}</h2>
      </header>

      <section aria-labelledby="fee-title">
        <h3 id="fee-title">{t('monthlyFee')}</h3>
        <SeatRule />
        <FormError message={data.workspace.error.value ?? data.operators.error.value} />
        {workspace ? (
          <FeeSummary
            seats={countActiveSeats(data.operators.items.value)}
            seatPrice={workspace.seatPrice}
            currency={workspace.currency}
          />
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </section>

      <section aria-labelledby="invoices-title">
        <h3 id="invoices-title">{t('invoices')}</h3>
        <FormError message={data.invoices.error.value} />
        {data.invoices.status.value === 'loading' ? (
          <p class="muted">{t('loadingInvoices')}</p>
        ) : (
          <InvoicesTable invoices={data.invoices.items.value} />
        )}
        <ClosePeriodForm
          now={now}
          onClosePeriod={(period) => closeBillingPeriod(context.workspaceId, period)}
        />
      </section>

      <section aria-labelledby="cards-title">
        <header class="row">
          <h3 id="cards-title">{t('paymentMethods')}</h3>
          <span class="spacer" />
          {!adding && (
            <button type="button" onClick={() => setAdding(true)}>
              {t('addCard')}
            </button>
          )}
        </header>
        <FormError message={data.paymentMethods.error.value} />
        <PaymentMethodsList
          methods={methods}
          now={now}
          busyId={busyId}
          onMakeDefault={(method) =>
            void onCard(
              method,
              () => setDefaultPaymentMethod(context, method.id, methods),
              t('theCardEndingIsNowThe', method.last4),
            )
          }
          onRemove={(method) =>
            void onCard(
              method,
              () => removePaymentMethod(context, method, methods),
              t('removedTheCardEnding', method.last4),
            )
          }
        />
        <FormError message={change.error} />
        {adding && (
          <AddCardForm
            now={now}
            busy={add.busy}
            error={add.error}
            onSubmit={(card, makeDefault) => void addCard(card, makeDefault)}
            onCancel={() => {
              setAdding(false);
              add.clearError();
            }}
          />
        )}
      </section>
      <FormStatus message={status} />
    </section>
  );
}
