import { describe, expect, it } from 'vitest';
import {
  Clock,
  microsToTimestamp,
  normalizeTimestamp,
  parseTimestamp,
  timestampToMicros,
} from './timestamps.ts';

describe('timestamps', () => {
  it('parses RFC 3339 with fractions and offsets', () => {
    expect(parseTimestamp('1970-01-01T00:00:01.5Z')).toEqual({ seconds: 1, nanos: 500_000_000 });
    expect(parseTimestamp('1970-01-01T01:00:00+01:00')).toEqual({ seconds: 0, nanos: 0 });
    expect(parseTimestamp('0001-01-01T00:00:00Z').seconds).toBe(-62135596800);
    expect(() => parseTimestamp('yesterday')).toThrow(/Invalid timestamp/);
  });

  it('formats with 6 digits and truncates to microseconds', () => {
    expect(microsToTimestamp(0)).toBe('1970-01-01T00:00:00.000000Z');
    expect(microsToTimestamp(1_000)).toBe('1970-01-01T00:00:00.001000Z');
    expect(microsToTimestamp(1_000_001)).toBe('1970-01-01T00:00:01.000001Z');
    expect(normalizeTimestamp('2020-05-05T10:00:00.123456789Z')).toBe(
      '2020-05-05T10:00:00.123456Z',
    );
    expect(timestampToMicros('2020-05-05T10:00:00.000001999Z') % 1_000_000).toBe(1);
  });

  it('hands out strictly increasing commit times after every read time', () => {
    let now = 1000;
    const clock = new Clock(() => now);
    const c1 = clock.commitTime();
    const c2 = clock.commitTime();
    expect(c2).toBeGreaterThan(c1);
    const r = clock.readTime();
    expect(r).toBeGreaterThanOrEqual(c2);
    expect(clock.commitTime()).toBeGreaterThan(r);
    now = 5; // the wall clock going backwards changes nothing
    expect(clock.commitTime()).toBeGreaterThan(r + 1);
    clock.observe(10_000);
    expect(clock.commitTime()).toBe(10_001);
  });
});
