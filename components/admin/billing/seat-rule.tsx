/**
 * How a month's seats are counted (utils/domain/seat-usage.ts, ADR 005), in the words the
 * admin reads before closing a period.
 */
export function SeatRule() {
  return (
    <p class="muted" data-testid="seat-rule">
      The number of active Chat Operator accounts determines your monthly fee. Each month is billed
      for the most accounts that were active at the same time during that month (its peak of active
      seats): an account deactivated or deleted during a month is still billed for that month, and
      from the next month on it costs nothing. Closing an older month bills that month's seats,
      never today's.
    </p>
  );
}
