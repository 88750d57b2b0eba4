import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';
import { parseRfc3339 } from '../time.ts';
import { RTimestamp } from '../values.ts';

const t = new RTimestamp(parseRfc3339('2024-03-10T13:45:30.123456789Z')); // a Sunday

describe('Timestamp methods', () => {
  it('reads calendar fields in UTC', () => {
    expect(ev('t.year()', { t })).toBe(2024n);
    expect(ev('t.month()', { t })).toBe(3n);
    expect(ev('t.day()', { t })).toBe(10n);
    expect(ev('t.hours()', { t })).toBe(13n);
    expect(ev('t.minutes()', { t })).toBe(45n);
    expect(ev('t.seconds()', { t })).toBe(30n);
    expect(ev('t.nanos()', { t })).toBe(123456789n);
    expect(ev('t.dayOfWeek()', { t })).toBe(7n);
    expect(ev('timestamp.date(2024, 3, 11).dayOfWeek()')).toBe(1n);
    expect(ev('t.dayOfYear()', { t })).toBe(70n);
    expect(ev('t.toMillis()', { t })).toBe(1710078330123n);
  });

  it('date() and time() split the timestamp', () => {
    expect(ev('t.date() == timestamp.date(2024, 3, 10)', { t })).toBe(true);
    expect(ev('t.time() == duration.time(13, 45, 30, 123456789)', { t })).toBe(true);
    expect(ev('t.date() + t.time() == t', { t })).toBe(true);
  });

  it('adds and subtracts durations; timestamp - timestamp is a duration', () => {
    expect(ev("t + duration.value(1, 'd') == timestamp.date(2024, 3, 11) + t.time()", { t })).toBe(
      true,
    );
    expect(ev("(t - duration.value(1, 'h')).hours()", { t })).toBe(12n);
    expect(ev('t - timestamp.date(2024, 3, 10) == t.time()', { t })).toBe(true);
    expect(ev("t > t - duration.value(1, 'ns')", { t })).toBe(true);
    expect(ev('timestamp.value(1000) < timestamp.value(2000)')).toBe(true);
  });

  it('timestamp namespace builds timestamps and rejects bad dates', () => {
    expect(ev('timestamp.value(86400000) == timestamp.date(1970, 1, 2)')).toBe(true);
    expect(ev('timestamp.value(-1).toMillis()')).toBe(-1n);
    expect(ev('timestamp.date(1969, 12, 31).year()')).toBe(1969n);
    expect(ev('timestamp.date(2024, 2, 29).dayOfYear()')).toBe(60n);
    expect(() => ev('timestamp.date(2023, 2, 29)')).toThrow(/invalid date/);
    expect(() => ev('timestamp.date(2023, 13, 1)')).toThrow(/invalid date/);
    expect(() => ev("timestamp.date(9999, 12, 31) + duration.value(1, 'd')")).toThrow(
      /out of range/,
    );
  });
});
