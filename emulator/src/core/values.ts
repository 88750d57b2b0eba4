/**
 * Firestore values: type order, comparison, equality and normalization. Ordering follows the
 * backend: null < bool < number < timestamp < string < bytes < reference < geopoint < array <
 * vector < map; ints and doubles compare numerically, NaN sorts first among numbers and equals NaN.
 */
import type { Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { parseTimestamp } from './timestamps.ts';

export enum TypeOrder {
  Null = 0,
  Boolean = 1,
  Number = 2,
  Timestamp = 3,
  String = 4,
  Bytes = 5,
  Reference = 6,
  GeoPoint = 7,
  Array = 8,
  Vector = 9,
  Map = 10,
}

export const NULL_VALUE: Value = { nullValue: null };

export function isVector(v: Value): boolean {
  if (!('mapValue' in v)) return false;
  const type = v.mapValue.fields?.__type__;
  return !!type && 'stringValue' in type && type.stringValue === '__vector__';
}

export function typeOrder(v: Value): TypeOrder {
  if ('nullValue' in v) return TypeOrder.Null;
  if ('booleanValue' in v) return TypeOrder.Boolean;
  if ('integerValue' in v || 'doubleValue' in v) return TypeOrder.Number;
  if ('timestampValue' in v) return TypeOrder.Timestamp;
  if ('stringValue' in v) return TypeOrder.String;
  if ('bytesValue' in v) return TypeOrder.Bytes;
  if ('referenceValue' in v) return TypeOrder.Reference;
  if ('geoPointValue' in v) return TypeOrder.GeoPoint;
  if ('arrayValue' in v) return TypeOrder.Array;
  if ('mapValue' in v) return isVector(v) ? TypeOrder.Vector : TypeOrder.Map;
  throw new FirestoreError('INVALID_ARGUMENT', `Unknown value type: ${JSON.stringify(v)}`);
}

export function isNumber(
  v: Value | undefined,
): v is { integerValue: string } | { doubleValue: number | 'NaN' | 'Infinity' | '-Infinity' } {
  return !!v && ('integerValue' in v || 'doubleValue' in v);
}

export function isInteger(v: Value | undefined): v is { integerValue: string } {
  return !!v && 'integerValue' in v;
}

export function doubleOf(v: Value): number {
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('integerValue' in v) return Number(v.integerValue);
  return Number.NaN;
}

export function isNaNValue(v: Value | undefined): boolean {
  return !!v && 'doubleValue' in v && Number.isNaN(Number(v.doubleValue));
}

function sign(n: number | bigint): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** Exact comparison of an int64 with a double (no precision loss for large magnitudes). */
function compareIntDouble(i: bigint, d: number): number {
  if (Number.isNaN(d)) return 1;
  if (d === Number.POSITIVE_INFINITY) return -1;
  if (d === Number.NEGATIVE_INFINITY) return 1;
  const t = Math.trunc(d);
  const c = sign(i - BigInt(t));
  if (c !== 0) return c;
  return sign(t - d);
}

export function compareNumbers(a: Value, b: Value): number {
  if ('integerValue' in a && 'integerValue' in b) {
    return sign(BigInt(a.integerValue) - BigInt(b.integerValue));
  }
  if ('integerValue' in a) return compareIntDouble(BigInt(a.integerValue), doubleOf(b));
  if ('integerValue' in b) return -compareIntDouble(BigInt(b.integerValue), doubleOf(a));
  const x = doubleOf(a);
  const y = doubleOf(b);
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  if (Number.isNaN(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares strings by UTF-8 bytes, i.e. by code point (JS `<` compares UTF-16 units). */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const cx = a.codePointAt(i)!;
      const cy = b.codePointAt(i)!;
      return cx < cy ? -1 : cx > cy ? 1 : x < y ? -1 : 1;
    }
  }
  return sign(a.length - b.length);
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'base64'), Buffer.from(b, 'base64'));
}

export function compareTimestamps(a: string, b: string): number {
  const x = parseTimestamp(a);
  const y = parseTimestamp(b);
  return sign(x.seconds - y.seconds) || sign(x.nanos - y.nanos);
}

/** Segment-wise comparison of slash-separated paths (document names, references). */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareUtf8(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return sign(x.length - y.length);
}

function compareArrays(a: Value[], b: Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

function vectorElements(v: Value): Value[] {
  const inner = 'mapValue' in v ? v.mapValue.fields?.value : undefined;
  return inner && 'arrayValue' in inner ? (inner.arrayValue.values ?? []) : [];
}

function compareMaps(a: Record<string, Value>, b: Record<string, Value>): number {
  const ka = Object.keys(a).sort(compareUtf8);
  const kb = Object.keys(b).sort(compareUtf8);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const c = compareUtf8(ka[i]!, kb[i]!) || compareValues(a[ka[i]!]!, b[kb[i]!]!);
    if (c !== 0) return c;
  }
  return sign(ka.length - kb.length);
}

/** Total order over all values, as Firestore sorts them. */
export function compareValues(a: Value, b: Value): number {
  const ta = typeOrder(a);
  const tb = typeOrder(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  switch (ta) {
    case TypeOrder.Null:
      return 0;
    case TypeOrder.Boolean:
      return sign(
        Number((a as { booleanValue: boolean }).booleanValue) -
          Number((b as { booleanValue: boolean }).booleanValue),
      );
    case TypeOrder.Number:
      return compareNumbers(a, b);
    case TypeOrder.Timestamp:
      return compareTimestamps(
        (a as { timestampValue: string }).timestampValue,
        (b as { timestampValue: string }).timestampValue,
      );
    case TypeOrder.String:
      return compareUtf8(
        (a as { stringValue: string }).stringValue,
        (b as { stringValue: string }).stringValue,
      );
    case TypeOrder.Bytes:
      return compareBytes(
        (a as { bytesValue: string }).bytesValue,
        (b as { bytesValue: string }).bytesValue,
      );
    case TypeOrder.Reference:
      return comparePaths(
        (a as { referenceValue: string }).referenceValue,
        (b as { referenceValue: string }).referenceValue,
      );
    case TypeOrder.GeoPoint: {
      const x = (a as { geoPointValue: { latitude?: number; longitude?: number } }).geoPointValue;
      const y = (b as { geoPointValue: { latitude?: number; longitude?: number } }).geoPointValue;
      return (
        compareNumbers({ doubleValue: x.latitude ?? 0 }, { doubleValue: y.latitude ?? 0 }) ||
        compareNumbers({ doubleValue: x.longitude ?? 0 }, { doubleValue: y.longitude ?? 0 })
      );
    }
    case TypeOrder.Array:
      return compareArrays(
        (a as { arrayValue: { values?: Value[] } }).arrayValue.values ?? [],
        (b as { arrayValue: { values?: Value[] } }).arrayValue.values ?? [],
      );
    case TypeOrder.Vector: {
      const x = vectorElements(a);
      const y = vectorElements(b);
      return sign(x.length - y.length) || compareArrays(x, y);
    }
    case TypeOrder.Map:
      return compareMaps(
        (a as { mapValue: { fields?: Record<string, Value> } }).mapValue.fields ?? {},
        (b as { mapValue: { fields?: Record<string, Value> } }).mapValue.fields ?? {},
      );
  }
}

/** Query equality: numeric across int/double, -0 == 0, NaN == NaN. */
export function valuesEqual(a: Value, b: Value): boolean {
  return compareValues(a, b) === 0;
}

/** Whether `list` holds a value equal to `v`. */
export function arrayContains(list: Value[] | undefined, v: Value): boolean {
  return (list ?? []).some((x) => valuesEqual(x, v));
}

/**
 * Exact identity (int 1 differs from double 1.0, -0 from 0): decides whether a write changed a
 * document at all, in which case Firestore keeps its old updateTime.
 */
export function valuesIdentical(a: Value, b: Value): boolean {
  const ta = typeOrder(a);
  if (ta !== typeOrder(b)) return false;
  if ('integerValue' in a)
    return 'integerValue' in b && BigInt(a.integerValue) === BigInt(b.integerValue);
  if ('doubleValue' in a) {
    if (!('doubleValue' in b)) return false;
    return Object.is(Number(a.doubleValue), Number(b.doubleValue));
  }
  if ('arrayValue' in a) {
    const x = a.arrayValue.values ?? [];
    const y = (b as { arrayValue: { values?: Value[] } }).arrayValue.values ?? [];
    return x.length === y.length && x.every((v, i) => valuesIdentical(v, y[i]!));
  }
  if ('mapValue' in a) {
    return fieldsIdentical(
      a.mapValue.fields ?? {},
      (b as { mapValue: { fields?: Record<string, Value> } }).mapValue.fields ?? {},
    );
  }
  return compareValues(a, b) === 0;
}

export function fieldsIdentical(a: Record<string, Value>, b: Record<string, Value>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && valuesIdentical(a[k]!, b[k]!));
}
