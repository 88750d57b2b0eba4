/** rules.Timestamp methods and the `timestamp.` namespace (all UTC). */
import { fail } from '../errors.ts';
import { breakDown, daysFromCivil, NS_PER_DAY, NS_PER_SECOND } from '../time.ts';
import { RDuration, RTimestamp } from '../values.ts';
import { argInt, type MethodTable } from './args.ts';

/** 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999999Z, Firestore's timestamp range. */
const MIN_NS = -62_135_596_800n * NS_PER_SECOND;
const MAX_NS = 253_402_300_800n * NS_PER_SECOND - 1n;

export function checkTimestamp(ns: bigint): RTimestamp {
  if (ns < MIN_NS || ns > MAX_NS) fail('Timestamp out of range (years 1 to 9999).');
  return new RTimestamp(ns);
}

export const timestampMethods: MethodTable<RTimestamp> = {
  date: {
    arity: 0,
    fn: (t) => new RTimestamp(BigInt(breakDown(t.ns).daysSinceEpoch) * NS_PER_DAY),
  },
  year: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).year) },
  month: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).month) },
  day: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).day) },
  hours: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).hours) },
  minutes: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).minutes) },
  seconds: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).seconds) },
  nanos: { arity: 0, fn: (t) => BigInt(breakDown(t.ns).nanos) },
  // ISO weekday: Monday = 1 ... Sunday = 7 (1970-01-01 was a Thursday).
  dayOfWeek: {
    arity: 0,
    fn: (t) => BigInt(((((breakDown(t.ns).daysSinceEpoch + 3) % 7) + 7) % 7) + 1),
  },
  dayOfYear: {
    arity: 0,
    fn: (t) => {
      const b = breakDown(t.ns);
      return BigInt(b.daysSinceEpoch - daysFromCivil(b.year, 1, 1) + 1);
    },
  },
  time: { arity: 0, fn: (t) => new RDuration(breakDown(t.ns).nsOfDay) },
  toMillis: {
    arity: 0,
    fn: (t) => {
      const ms = t.ns / 1_000_000n;
      return t.ns < 0n && t.ns % 1_000_000n !== 0n ? ms - 1n : ms;
    },
  },
};

export const timestampNamespace: MethodTable<null> = {
  date: {
    arity: 3,
    fn: (_, [y, m, d]) => {
      const year = Number(argInt('timestamp.date', y));
      const month = Number(argInt('timestamp.date', m));
      const day = Number(argInt('timestamp.date', d));
      if (month < 1 || month > 12 || day < 1 || day > 31) fail('timestamp.date(): invalid date.');
      const days = daysFromCivil(year, month, day);
      // Reject dates that rolled over (Feb 30 and the like).
      if (
        daysFromCivil(year, month, 1) + day - 1 !== days ||
        (month < 12 ? daysFromCivil(year, month + 1, 1) : daysFromCivil(year + 1, 1, 1)) <= days
      )
        fail('timestamp.date(): invalid date.');
      return checkTimestamp(BigInt(days) * NS_PER_DAY);
    },
  },
  value: {
    arity: 1,
    fn: (_, [ms]) => checkTimestamp(argInt('timestamp.value', ms) * 1_000_000n),
  },
};
