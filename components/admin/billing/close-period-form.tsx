import { useState } from 'preact/hooks';
import { InputError } from '../../../utils/data/errors.ts';
import {
  formatMoney,
  isValidPeriod,
  periodCloseError,
  periodToClose,
} from '../../../utils/domain/billing.ts';
import type { CloseBillingPeriodResponse } from '../../../utils/domain/callables.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { useAction } from '../shared/use-action.ts';

/**
 * Issues the invoice of a finished month now, instead of waiting for the monthly schedule
 * (closeBillingPeriod; closing a period twice returns the same invoice).
 */
export function ClosePeriodForm(props: {
  now: Date;
  onClosePeriod: (period: string) => Promise<CloseBillingPeriodResponse>;
}) {
  const [period, setPeriod] = useState(() => periodToClose(props.now));
  const [result, setResult] = useState<string | null>(null);
  const action = useAction(t('actionIssueTheInvoice'));

  async function submit(event: Event) {
    event.preventDefault();
    setResult(null);
    const response = await action.run(() => {
      // The same check and words as the callable's refusal.
      if (periodCloseError(period, props.now))
        throw new InputError(
          isValidPeriod(period) ? t('refusalPeriodNotEnded', period) : t('refusalBadPeriod'),
        );
      return props.onClosePeriod(period);
    });
    if (!response) return;
    const total = formatMoney(response.total, response.currency);
    setResult(
      response.created
        ? t('invoiceIssuedSeatS', response.invoiceId, response.seats, total)
        : t('theInvoiceForAlreadyExistedNothing', response.invoiceId, total),
    );
  }

  return (
    <form class="close-period row" onSubmit={submit} aria-busy={action.busy}>
      <label class="field">
        <span>{t('billingPeriod')}</span>
        <input
          type="month"
          name="period"
          required
          value={period}
          onInput={(e) => setPeriod(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={action.busy}>
        {action.busy ? t('issuing') : t('issueInvoice')}
      </button>
      <FormError message={action.error} />
      <FormStatus message={result} />
    </form>
  );
}
