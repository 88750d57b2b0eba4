import { describe, expect, it } from 'vitest';
import type { SeatUsage } from './model.ts';
import { billedSeats, recordSeatCount } from './seat-usage.ts';

const usage = (period: string, startSeats: number, peakSeats: number, endSeats: number) => ({
  period,
  startSeats,
  peakSeats,
  endSeats,
});

describe('recordSeatCount', () => {
  it('starts a month at the count carried over and keeps the peak', () => {
    let month = recordSeatCount(undefined, '2026-11', 4, 4);
    expect(month).toEqual(usage('2026-11', 4, 4, 4));
    month = recordSeatCount(month, '2026-11', 5);
    month = recordSeatCount(month, '2026-11', 0);
    expect(month).toEqual(usage('2026-11', 4, 5, 0));
  });
  it('a first record ever starts at what it sees', () => {
    expect(recordSeatCount(undefined, '2026-11', 3, undefined)).toEqual(usage('2026-11', 3, 3, 3));
  });
});

describe('billedSeats: the peak of active seats in the period', () => {
  it('everyone deactivated on the last day still pays for the month', () => {
    // 3 seats all month, all three deactivated on the 30th: the record ends at 0, peaks at 3.
    let november: SeatUsage | undefined;
    november = recordSeatCount(november, '2026-11', 3, 3);
    for (const left of [2, 1, 0]) november = recordSeatCount(november, '2026-11', left);
    expect(billedSeats('2026-11', [november], 0)).toBe(3);
  });
  it('closing an older month bills that month, not today', () => {
    const records = [usage('2026-09', 2, 2, 2), usage('2026-11', 2, 7, 7)];
    // October had no change: it kept September's 2, though 7 are active today.
    expect(billedSeats('2026-10', records, 7)).toBe(2);
    expect(billedSeats('2026-09', records, 7)).toBe(2);
    expect(billedSeats('2026-11', records, 7)).toBe(7);
  });
  it('a month before the first record bills what that record started with', () => {
    expect(billedSeats('2026-08', [usage('2026-11', 4, 6, 5)], 5)).toBe(4);
  });
  it('a workspace without records bills the active count now', () => {
    expect(billedSeats('2026-11', [], 3)).toBe(3);
  });
});
