import { t } from '../../../utils/i18n.ts';
/**
 * How a month's seats are counted (utils/domain/seat-usage.ts, ADR 005), in the words the
 * admin reads before closing a period.
 */
export function SeatRule() {
  return (
    <p class="muted" data-testid="seat-rule">
      {t('theNumberOfActiveChatOperator')}
    </p>
  );
}
