import { describe, expect, it } from 'vitest';
import { describeCard, isExpired, validateCard } from './payment-card.ts';

const now = new Date('2026-11-15T12:00:00Z');
const good = { brand: 'visa', last4: '4242', expMonth: '12', expYear: '2029', holder: 'Ada' };

describe('validateCard', () => {
  it('keeps brand, last 4, expiry and holder, normalized', () => {
    expect(
      validateCard(
        { ...good, brand: ' VISA ', last4: '42 42', expYear: '29', holder: ' Ada  L ' },
        now,
      ),
    ).toEqual({
      ok: true,
      value: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2029, holder: 'Ada L' },
    });
  });

  it('refuses a full card number with a reason', () => {
    const result = validateCard({ ...good, last4: '4242 4242 4242 4242' }, now);
    expect(result).toEqual({
      ok: false,
      problems: ['Enter only the last 4 digits: Parley never stores a full card number.'],
    });
  });

  it('lists every problem', () => {
    const result = validateCard(
      { brand: 'diners-club-intl', last4: 'abcd', expMonth: '13', expYear: '1999', holder: ' ' },
      now,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'Choose the card brand.',
      'The last 4 digits must be exactly 4 digits.',
      'The expiry month must be 1 to 12.',
      'The expiry year must be a year such as 2029.',
      "Enter the card holder's name.",
    ]);
  });

  it('accepts a card through the end of its expiry month, not after', () => {
    expect(validateCard({ ...good, expMonth: '11', expYear: '2026' }, now).ok).toBe(true);
    expect(validateCard({ ...good, expMonth: '10', expYear: '2026' }, now)).toEqual({
      ok: false,
      problems: ['This card has expired.'],
    });
  });

  it('limits the holder name', () => {
    expect(validateCard({ ...good, holder: 'x'.repeat(81) }, now).ok).toBe(false);
  });
});

describe('describeCard and isExpired', () => {
  it('describes a card without its number', () => {
    expect(describeCard({ brand: 'amex', last4: '0005', expMonth: 3, expYear: 2028 })).toBe(
      'American Express •••• 0005, expires 03/2028',
    );
    expect(describeCard({ brand: 'other', last4: '1111', expMonth: 1, expYear: 2030 })).toBe(
      'other •••• 1111, expires 01/2030',
    );
  });

  it('knows when a card has expired', () => {
    expect(isExpired({ expMonth: 10, expYear: 2026 }, now)).toBe(true);
    expect(isExpired({ expMonth: 11, expYear: 2026 }, now)).toBe(false);
    expect(isExpired({ expMonth: 1, expYear: 2027 }, now)).toBe(false);
  });
});
