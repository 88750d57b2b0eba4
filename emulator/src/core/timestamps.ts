/**
 * Timestamps as Firestore stores them: microsecond precision. Internally a timestamp is a number
 * of microseconds since the epoch (exact in a double until year ~2255); on the wire it is an
 * RFC 3339 string.
 */
import { FirestoreError } from './api.ts';

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

export interface SecondsNanos {
  seconds: number;
  nanos: number;
}

/** Parses an RFC 3339 timestamp into seconds + nanos; INVALID_ARGUMENT when malformed. */
export function parseTimestamp(text: string): SecondsNanos {
  const m = RFC3339.exec(text);
  if (!m) throw new FirestoreError('INVALID_ARGUMENT', `Invalid timestamp: ${text}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let seconds = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!) / 1000;
  // Date.UTC maps years 0-99 to 1900-1999; Firestore timestamps start at year 1.
  if (+y! < 100) {
    const date = new Date(Date.UTC(2000, +mo! - 1, +d!, +h!, +mi!, +s!));
    date.setUTCFullYear(+y!);
    seconds = date.getTime() / 1000;
  }
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const offset = (+zone.slice(1, 3) * 60 + +zone.slice(4, 6)) * 60;
    seconds -= sign * offset;
  }
  const nanos = frac ? Number(frac.padEnd(9, '0')) : 0;
  return { seconds, nanos };
}

/** Microseconds since the epoch, truncating sub-microsecond digits as Firestore does. */
export function timestampToMicros(text: string): number {
  const { seconds, nanos } = parseTimestamp(text);
  return seconds * 1_000_000 + Math.floor(nanos / 1000);
}

/**
 * RFC 3339 with exactly 6 fractional digits: valid proto3 JSON, and fixed width so that
 * timestamps of the same era also sort correctly as plain strings.
 */
export function microsToTimestamp(micros: number): string {
  // A commit's time is formatted for every listener it reaches: remember the last one.
  if (micros === lastFormatted.micros) return lastFormatted.text;
  const seconds = Math.floor(micros / 1_000_000);
  const frac = micros - seconds * 1_000_000;
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  const text = `${base}.${String(frac).padStart(6, '0')}Z`;
  lastFormatted = { micros, text };
  return text;
}

let lastFormatted = { micros: Number.NaN, text: '' };

/** Canonical form of a client timestamp: truncated to microseconds. */
export function normalizeTimestamp(text: string): string {
  return microsToTimestamp(timestampToMicros(text));
}

/**
 * Hands out commit and read times. Commit times strictly increase and are greater than every
 * read time handed out before, so a read at time T never misses a commit that later claims T.
 */
export class Clock {
  private last = 0;
  constructor(private readonly now: () => number = () => Date.now() * 1000) {}

  /** A read time: the present, never before an earlier one. */
  readTime(): number {
    this.last = Math.max(this.last, this.now());
    return this.last;
  }

  /** A commit time: strictly after every time handed out so far. */
  commitTime(): number {
    this.last = Math.max(this.last + 1, this.now());
    return this.last;
  }

  /** Times loaded from disk must not be reissued. */
  observe(micros: number): void {
    this.last = Math.max(this.last, micros);
  }
}
