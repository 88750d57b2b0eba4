import { formatMoney, monthlyFee } from '../../../utils/domain/billing.ts';
import { t } from '../../../utils/i18n.ts';

/** "3 active seats × €19.00 = €57.00 a month": the fee the seed manual ties to active accounts. */
export function FeeSummary(props: { seats: number; seatPrice: number; currency: string }) {
  const { seats, seatPrice, currency } = props;
  return (
    <p class="fee-summary" data-testid="monthly-fee">
      {seats === 1
        ? t('feeSummaryOneSeat', formatMoney(seatPrice, currency))
        : t('feeSummarySeats', seats, formatMoney(seatPrice, currency))}{' '}
      <strong>{formatMoney(monthlyFee(seatPrice, seats), currency)}</strong> {t('aMonth')}
    </p>
  );
}
