import { useState } from 'preact/hooks';
import { InputError } from '../../../utils/data/errors.ts';
import { formatMoney, periodCloseError, periodToClose } from '../../../utils/domain/billing.ts';
import type { CloseBillingPeriodResponse } from '../../../utils/domain/callables.ts';
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
  const action = useAction('issue the invoice');

  async function submit(event: Event) {
    event.preventDefault();
    setResult(null);
    const response = await action.run(() => {
      const problem = periodCloseError(period, props.now);
      if (problem) throw new InputError(problem);
      return props.onClosePeriod(period);
    });
    if (!response) return;
    const total = formatMoney(response.total, response.currency);
    setResult(
      response.created
        ? `Invoice ${response.invoiceId} issued: ${response.seats} seat(s), ${total}.`
        : `The invoice for ${response.invoiceId} already existed (${total}); nothing was billed twice.`,
    );
  }

  return (
    <form class="close-period row" onSubmit={submit} aria-busy={action.busy}>
      <label class="field">
        <span>Billing period</span>
        <input
          type="month"
          name="period"
          required
          value={period}
          onInput={(e) => setPeriod(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Issuing…' : 'Issue invoice'}
      </button>
      <FormError message={action.error} />
      <FormStatus message={result} />
    </form>
  );
}
