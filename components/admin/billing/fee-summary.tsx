import { formatMoney, monthlyFee } from '../../../utils/domain/billing.ts';
import { richMessage } from '../../ui/rich-message.tsx';

/** "3 active seats × €19.00 = €57.00 a month": the fee the seed manual ties to active accounts. */
export function FeeSummary(props: { seats: number; seatPrice: number; currency: string }) {
  const { seats, seatPrice, currency } = props;
  const total = <strong>{formatMoney(monthlyFee(seatPrice, seats), currency)}</strong>;
  return (
    <p class="fee-summary" data-testid="monthly-fee">
      {seats === 1
        ? richMessage('feeSummaryOneSeatTotal', formatMoney(seatPrice, currency), total)
        : richMessage('feeSummarySeatsTotal', seats, formatMoney(seatPrice, currency), total)}
    </p>
  );
}
