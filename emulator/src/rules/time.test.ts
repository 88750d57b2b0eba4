import { describe, expect, it } from 'vitest';
import { RulesEvalError } from './errors.ts';
import { breakDown, civilFromDays, daysFromCivil, formatRfc3339, parseRfc3339 } from './time.ts';

describe('calendar arithmetic', () => {
  it('round-trips days and civil dates across eras', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [1, 1, 1],
      [9999, 12, 31],
      [1969, 12, 31],
      [1600, 3, 1],
    ] as const) {
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1970, 1, 2)).toBe(1);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
  });

  it('parses RFC 3339 with fractions and offsets to epoch nanoseconds', () => {
    expect(parseRfc3339('1970-01-01T00:00:00Z')).toBe(0n);
    expect(parseRfc3339('1970-01-01T00:00:01.5Z')).toBe(1_500_000_000n);
    expect(parseRfc3339('1970-01-01T01:00:00+01:00')).toBe(0n);
    expect(parseRfc3339('1969-12-31T23:59:59.999999999Z')).toBe(-1n);
    expect(parseRfc3339('2024-05-06T07:08:09.123456789Z')).toBe(
      BigInt(Date.UTC(2024, 4, 6, 7, 8, 9)) * 1_000_000n + 123_456_789n,
    );
    expect(() => parseRfc3339('yesterday')).toThrow(RulesEvalError);
  });

  it('breaks timestamps into UTC fields, also before 1970', () => {
    expect(breakDown(-1n)).toMatchObject({
      year: 1969,
      month: 12,
      day: 31,
      hours: 23,
      minutes: 59,
      seconds: 59,
      nanos: 999_999_999,
    });
  });

  it('formats RFC 3339 with only the fraction digits needed', () => {
    expect(formatRfc3339(0n)).toBe('1970-01-01T00:00:00Z');
    expect(formatRfc3339(1_500_000_000n)).toBe('1970-01-01T00:00:01.5Z');
    expect(formatRfc3339(parseRfc3339('0001-01-01T00:00:00Z'))).toBe('0001-01-01T00:00:00Z');
  });
});
