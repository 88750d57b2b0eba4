/**
 * Billing math (the seed manual: "Number of active Chat Operator accounts will determine amount
 * of your monthly service fees"). Money is integer minor units (cents) throughout; formatting is
 * the only place it becomes a decimal. Periods are calendar months in UTC, written 'YYYY-MM'.
 */
import type { Invoice, Operator } from './model.ts';

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Operators that occupy a seat: active accounts, whatever their role. */
export function countActiveSeats(operators: readonly Pick<Operator, 'active'>[]): number {
  return operators.filter((operator) => operator.active).length;
}

/** seatPrice x active seats, in minor units. */
export function monthlyFee(seatPrice: number, activeSeats: number): number {
  if (!Number.isSafeInteger(seatPrice) || seatPrice < 0)
    throw new RangeError(
      `seatPrice must be a non-negative integer of minor units, got ${seatPrice}`,
    );
  if (!Number.isSafeInteger(activeSeats) || activeSeats < 0)
    throw new RangeError(`activeSeats must be a non-negative integer, got ${activeSeats}`);
  return seatPrice * activeSeats;
}

/** How many decimals a currency's minor unit has (EUR 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** 190000 EUR -> "€1,900.00" (en) / "1.900,00 €" (de). Throws for an unknown currency code. */
export function formatMoney(minorUnits: number, currency: string, locale = 'en'): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorUnits / 10 ** digits);
}

/** Is this a usable ISO 4217 code that Intl can format? */
export function isKnownCurrency(currency: string): boolean {
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  try {
    formatMoney(0, currency);
    return Intl.supportedValuesOf('currency').includes(currency);
  } catch {
    return false;
  }
}

/** The period (UTC month) a moment falls in. */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear().toString().padStart(4, '0')}-${(date.getUTCMonth() + 1)
    .toString()
    .padStart(2, '0')}`;
}

export function isValidPeriod(period: unknown): period is string {
  return typeof period === 'string' && PERIOD_PATTERN.test(period);
}

export function parsePeriod(period: string): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new RangeError(`Not a billing period (YYYY-MM): "${period}"`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** [start, end) of a period in UTC. */
export function periodBounds(period: string): { start: Date; end: Date } {
  const { year, month } = parsePeriod(period);
  return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
}

export function shiftPeriod(period: string, months: number): string {
  const { year, month } = parsePeriod(period);
  return periodOf(new Date(Date.UTC(year, month - 1 + months, 1)));
}

/** The month the monthly schedule closes when it runs at `now`: the previous one. */
export function periodToClose(now: Date): string {
  return shiftPeriod(periodOf(now), -1);
}

/** Why a period can't be closed at `now` (only finished months can), or null. */
export function periodCloseError(period: unknown, now: Date): string | null {
  if (!isValidPeriod(period)) return 'The period must be a month written YYYY-MM, e.g. 2026-10.';
  if (periodBounds(period).end.getTime() > now.getTime())
    return `${period} hasn't ended yet; a period can be closed from the first day of the next month.`;
  return null;
}

/**
 * The idempotency key of closing a period: the invoice's document id. Closing the same period
 * twice (the schedule and an admin, or a retry) finds the existing invoice instead of billing
 * twice. Workspace-scoped by its path (workspaces/{ws}/invoices/{period}).
 */
export function invoiceIdFor(period: string): string {
  parsePeriod(period);
  return period;
}

export interface InvoiceInput<T> {
  period: string;
  seats: number;
  seatPrice: number;
  currency: string;
  issuedAt: T;
}

/** The invoice for a closed period; total = seatPrice x seats. */
export function buildInvoice<T = Date>(input: InvoiceInput<T>): Invoice<T> {
  parsePeriod(input.period);
  return {
    period: input.period,
    seats: input.seats,
    seatPrice: input.seatPrice,
    total: monthlyFee(input.seatPrice, input.seats),
    currency: input.currency,
    status: 'open',
    issuedAt: input.issuedAt,
  };
}

/** The sentence the Add Operator form shows before an admin adds a seat. */
export function seatChangeNotice(
  seatPrice: number,
  activeSeats: number,
  currency: string,
  locale = 'en',
): string {
  const next = monthlyFee(seatPrice, activeSeats + 1);
  return `Adding an operator makes ${activeSeats + 1} active seat${activeSeats === 0 ? '' : 's'}: ${formatMoney(next, currency, locale)} a month (${formatMoney(seatPrice, currency, locale)} per seat).`;
}
