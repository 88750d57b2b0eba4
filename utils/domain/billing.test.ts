import { describe, expect, it } from 'vitest';
import {
  buildInvoice,
  countActiveSeats,
  currencyDigits,
  formatMoney,
  invoiceIdFor,
  isKnownCurrency,
  isValidPeriod,
  monthlyFee,
  periodBounds,
  periodCloseError,
  periodOf,
  periodToClose,
  seatChangeNotice,
  shiftPeriod,
} from './billing.ts';

describe('seats and fees', () => {
  it('counts active accounts of any role', () => {
    expect(countActiveSeats([{ active: true }, { active: false }, { active: true }])).toBe(2);
    expect(countActiveSeats([])).toBe(0);
  });
  it('multiplies seat price by seats in minor units', () => {
    expect(monthlyFee(1900, 3)).toBe(5700);
    expect(monthlyFee(1900, 0)).toBe(0);
  });
  it.each([
    [-1, 1],
    [19.5, 1],
    [1900, -1],
    [1900, 1.5],
  ])('refuses seatPrice %d x seats %d', (price, seats) => {
    expect(() => monthlyFee(price, seats)).toThrow(RangeError);
  });
});

describe('money formatting', () => {
  it.each([
    [5700, 'EUR', 'en', '€57.00'],
    [190000, 'EUR', 'de', '1.900,00\u00A0€'],
    [5, 'USD', 'en', '$0.05'],
    [1500, 'JPY', 'en', '¥1,500'],
    [1234, 'KWD', 'en', 'KWD\u00A01.234'],
    [0, 'GBP', 'en', '£0.00'],
  ])('%i %s (%s) -> %s', (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });
  it('knows minor-unit digits', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });
  it('recognizes currency codes', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('EURO')).toBe(false);
  });
});

describe('periods', () => {
  it('names the UTC month', () => {
    expect(periodOf(new Date('2026-11-25T12:00:00Z'))).toBe('2026-11');
    expect(periodOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12');
    expect(periodOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01');
  });
  it.each([
    ['2026-10', true],
    ['2026-1', false],
    ['2026-13', false],
    ['2026-00', false],
    ['26-10', false],
    [202610, false],
  ])('%j valid: %s', (period, expected) => {
    expect(isValidPeriod(period)).toBe(expected);
  });
  it('gives half-open bounds and shifts across years', () => {
    expect(periodBounds('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(shiftPeriod('2027-01', -1)).toBe('2026-12');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(periodToClose(new Date('2026-11-01T00:05:00Z'))).toBe('2026-10');
  });
  it('closes only finished months', () => {
    const now = new Date('2026-11-01T00:00:00Z');
    expect(periodCloseError('2026-10', now)).toBeNull();
    expect(periodCloseError('2026-11', now)).toMatch(/hasn't ended yet/);
    expect(periodCloseError('2027-01', now)).toMatch(/hasn't ended yet/);
    expect(periodCloseError('October', now)).toMatch(/YYYY-MM/);
  });
});

describe('invoices', () => {
  it('keys an invoice by its period (idempotency)', () => {
    expect(invoiceIdFor('2026-10')).toBe('2026-10');
    expect(() => invoiceIdFor('2026-10-01')).toThrow();
  });
  it('builds an open invoice with the total', () => {
    const issuedAt = new Date('2026-11-01T00:00:00Z');
    expect(
      buildInvoice({ period: '2026-10', seats: 3, seatPrice: 1900, currency: 'EUR', issuedAt }),
    ).toEqual({
      period: '2026-10',
      seats: 3,
      seatPrice: 1900,
      total: 5700,
      currency: 'EUR',
      status: 'open',
      issuedAt,
    });
  });
  it('tells the admin what one more seat costs', () => {
    expect(seatChangeNotice(1900, 3, 'EUR')).toBe(
      'Adding an operator makes 4 active seats: €76.00 a month (€19.00 per seat).',
    );
    expect(seatChangeNotice(1900, 0, 'EUR')).toBe(
      'Adding an operator makes 1 active seat: €19.00 a month (€19.00 per seat).',
    );
  });
});
