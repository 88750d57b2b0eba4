/**
 * Which seats a period is billed for (ADR 005): the peak number of active operator accounts at
 * any moment of the month, not the count when the month happens to be closed. Deactivating
 * everyone on the last day still pays for the month they worked, and closing an older month
 * bills that month, not today's team.
 *
 * The operator callables record the active count of the current month (`recordSeatCount`) before
 * and after every change of it, so a month's record knows the count it started with and its
 * peak. A month without a record had no change: its count is the one the previous record ended
 * with (or, before any record, the one the next record started with).
 */
import type { SeatUsage } from './model.ts';

/** The month's record after the active count was seen to be `count` (a new record starts at it). */
export function recordSeatCount(
  existing: SeatUsage | undefined,
  period: string,
  count: number,
  carriedOver?: number,
): SeatUsage {
  if (!existing) {
    const startSeats = carriedOver ?? count;
    return { period, startSeats, peakSeats: Math.max(startSeats, count), endSeats: count };
  }
  return {
    ...existing,
    peakSeats: Math.max(existing.peakSeats, count),
    endSeats: count,
  };
}

/**
 * Seats to bill for `period` from the workspace's records (any order) and, for a workspace with
 * no record at all (made before they existed), the active count now.
 */
export function billedSeats(
  period: string,
  records: readonly SeatUsage[],
  activeNow: number,
): number {
  const own = records.find((record) => record.period === period);
  if (own) return own.peakSeats;
  const sorted = [...records].sort((a, b) => a.period.localeCompare(b.period));
  const before = sorted.filter((record) => record.period < period).at(-1);
  if (before) return before.endSeats;
  const after = sorted.find((record) => record.period > period);
  if (after) return after.startSeats;
  return activeNow;
}
