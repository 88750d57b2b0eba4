/**
 * Canonical stored form of client values: ints as decimal strings within int64, doubles as
 * numbers (non-finite ones as their proto3 JSON strings), timestamps truncated to microseconds,
 * null as null. INVALID_ARGUMENT for anything malformed.
 */
import type { Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { normalizeTimestamp } from './timestamps.ts';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

function normalizeDouble(d: unknown): number | 'NaN' | 'Infinity' | '-Infinity' {
  const n = Number(d);
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return 'Infinity';
  if (n === Number.NEGATIVE_INFINITY) return '-Infinity';
  return n;
}

/**
 * Canonical stored form of a client value: ints as decimal strings in int64 range, doubles as
 * numbers (non-finite as their proto3 JSON strings), timestamps truncated to microseconds.
 */
export function normalizeValue(v: Value): Value {
  if (v === null || typeof v !== 'object') {
    throw new FirestoreError('INVALID_ARGUMENT', `Invalid value: ${JSON.stringify(v)}`);
  }
  if ('nullValue' in v) return { nullValue: null };
  if ('booleanValue' in v) return { booleanValue: !!v.booleanValue };
  if ('integerValue' in v) {
    let n: bigint;
    try {
      n = BigInt(String(v.integerValue).trim());
    } catch {
      throw new FirestoreError('INVALID_ARGUMENT', `Invalid integer value: ${v.integerValue}`);
    }
    if (n < INT64_MIN || n > INT64_MAX) {
      throw new FirestoreError('INVALID_ARGUMENT', `Integer out of range: ${v.integerValue}`);
    }
    return { integerValue: n.toString() };
  }
  if ('doubleValue' in v) return { doubleValue: normalizeDouble(v.doubleValue) };
  if ('timestampValue' in v) return { timestampValue: normalizeTimestamp(v.timestampValue) };
  if ('stringValue' in v) return { stringValue: String(v.stringValue) };
  if ('bytesValue' in v) return { bytesValue: v.bytesValue };
  if ('referenceValue' in v) return { referenceValue: v.referenceValue };
  if ('geoPointValue' in v) {
    return {
      geoPointValue: {
        latitude: Number(v.geoPointValue.latitude ?? 0),
        longitude: Number(v.geoPointValue.longitude ?? 0),
      },
    };
  }
  if ('arrayValue' in v) {
    return { arrayValue: { values: (v.arrayValue?.values ?? []).map(normalizeValue) } };
  }
  if ('mapValue' in v) return { mapValue: { fields: normalizeFields(v.mapValue?.fields ?? {}) } };
  throw new FirestoreError('INVALID_ARGUMENT', `Unknown value type: ${JSON.stringify(v)}`);
}

export function normalizeFields(fields: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = normalizeValue(v);
  return out;
}
