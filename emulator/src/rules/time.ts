/**
 * Calendar arithmetic on epoch nanoseconds, independent of JS Date so that years 1..9999 and
 * nanosecond precision survive (Date has neither).
 */
import { fail } from './errors.ts';

export const NS_PER_SECOND = 1_000_000_000n;
export const NS_PER_DAY = 86_400n * NS_PER_SECOND;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Floor division for bigint (JS `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Parses an RFC 3339 timestamp to epoch nanoseconds. */
export function parseRfc3339(text: string): bigint {
  const m = RFC3339.exec(text);
  if (!m) return fail(`Invalid timestamp: ${JSON.stringify(text)}.`);
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  let seconds = BigInt(days) * 86_400n + BigInt(Number(h) * 3600 + Number(mi) * 60 + Number(s));
  if (sign) {
    const offset = BigInt(Number(oh) * 3600 + Number(om) * 60);
    seconds += sign === '+' ? -offset : offset;
  }
  const nanos = frac ? BigInt(frac.padEnd(9, '0')) : 0n;
  return seconds * NS_PER_SECOND + nanos;
}

/** Breaks epoch nanoseconds into UTC calendar fields. */
export function breakDown(ns: bigint): {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  nanos: number;
  daysSinceEpoch: number;
  nsOfDay: bigint;
} {
  const daysSinceEpoch = Number(floorDiv(ns, NS_PER_DAY));
  const nsOfDay = ns - BigInt(daysSinceEpoch) * NS_PER_DAY;
  const secOfDay = Number(nsOfDay / NS_PER_SECOND);
  const { year, month, day } = civilFromDays(daysSinceEpoch);
  return {
    year,
    month,
    day,
    hours: Math.floor(secOfDay / 3600),
    minutes: Math.floor((secOfDay % 3600) / 60),
    seconds: secOfDay % 60,
    nanos: Number(nsOfDay % NS_PER_SECOND),
    daysSinceEpoch,
    nsOfDay,
  };
}

/** RFC 3339 with as many fractional digits as needed (what string(timestamp) prints). */
export function formatRfc3339(ns: bigint): string {
  const t = breakDown(ns);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let frac = '';
  if (t.nanos) frac = `.${pad(t.nanos, 9).replace(/0+$/, '')}`;
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hours)}:${pad(t.minutes)}:${pad(t.seconds)}${frac}Z`;
}
