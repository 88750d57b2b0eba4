/**
 * The rules value model. Plain JS values where they are unambiguous, classes where rules need a
 * type JS lacks:
 *   null, boolean, string                 as is
 *   int                                   bigint (64-bit, overflow is an error)
 *   float                                 number (a JS number is ALWAYS a rules float)
 *   bytes                                 Uint8Array
 *   list                                  RValue[]
 *   map / set / timestamp / duration / path / latlng / MapDiff   the classes below
 * QueryDerived values stand for "some document a list query may return" (see list-queries.ts).
 */
import { fail } from './errors.ts';

export type RValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | RValue[]
  | RMap
  | RSet
  | RTimestamp
  | RDuration
  | RPath
  | RLatLng
  | RMapDiff
  | QueryDerived;

export const INT_MIN = -(2n ** 63n);
export const INT_MAX = 2n ** 63n - 1n;

/** Keeps CEL's 64-bit integer semantics: results outside the range are errors, not wraparound. */
export function checkInt(v: bigint): bigint {
  if (v < INT_MIN || v > INT_MAX) fail('Integer overflow.');
  return v;
}

export class RMap {
  constructor(readonly entries: Map<string, RValue> = new Map()) {}
  static of(obj: Record<string, RValue>): RMap {
    return new RMap(new Map(Object.entries(obj)));
  }
  get size(): number {
    return this.entries.size;
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  get(key: string): RValue | undefined {
    return this.entries.get(key);
  }
}

/** Unordered collection of distinct values (from List.toSet, Map.keys diff, MapDiff). */
export class RSet {
  readonly items: RValue[];
  constructor(items: Iterable<RValue>) {
    const distinct: RValue[] = [];
    for (const item of items) if (!distinct.some((d) => valuesEqual(d, item))) distinct.push(item);
    this.items = distinct;
  }
  has(v: RValue): boolean {
    return this.items.some((i) => valuesEqual(i, v));
  }
}

/** Nanoseconds since the Unix epoch, UTC. */
export class RTimestamp {
  constructor(readonly ns: bigint) {}
}

/** Signed nanoseconds. */
export class RDuration {
  constructor(readonly ns: bigint) {}
}

/** Absolute path as segments, e.g. /databases/(default)/documents/users/u1. */
export class RPath {
  constructor(readonly segments: readonly string[]) {}
  toString(): string {
    return `/${this.segments.join('/')}`;
  }
}

export class RLatLng {
  constructor(
    readonly lat: number,
    readonly lng: number,
  ) {}
}

/** Result of Map.diff(other): `left` is the receiver, `right` the argument. */
export class RMapDiff {
  constructor(
    readonly left: RMap,
    readonly right: RMap,
  ) {}
}

/**
 * A value known only through a list query's constraints. Every operation the evaluator performs on
 * it goes through these hooks; the default answer is an error ("not constrained by the query").
 */
export abstract class QueryDerived {
  abstract describe(): string;
  /** `.name` / `['name']` */
  abstract field(name: string): RValue;
  /** `other in this` */
  abstract contains(other: RValue): boolean;
  /** `this in collection` */
  abstract isIn(collection: RValue): boolean;
  /** `this == other` (true/false when the constraints decide it, error otherwise) */
  abstract equals(other: RValue): boolean;
  /** `this <op> other` for the ordering operators. */
  abstract compareWith(op: '<' | '<=' | '>' | '>=', other: RValue): boolean;
  abstract callMethod(name: string, args: RValue[]): RValue;
  abstract isType(typeName: string): boolean;
}

export type TypeName =
  | 'null'
  | 'bool'
  | 'int'
  | 'float'
  | 'string'
  | 'bytes'
  | 'list'
  | 'map'
  | 'set'
  | 'timestamp'
  | 'duration'
  | 'path'
  | 'latlng'
  | 'map_diff'
  | 'query_value';

export function typeOf(v: RValue): TypeName {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  if (v instanceof Uint8Array) return 'bytes';
  if (Array.isArray(v)) return 'list';
  if (v instanceof RMap) return 'map';
  if (v instanceof RSet) return 'set';
  if (v instanceof RTimestamp) return 'timestamp';
  if (v instanceof RDuration) return 'duration';
  if (v instanceof RPath) return 'path';
  if (v instanceof RLatLng) return 'latlng';
  if (v instanceof RMapDiff) return 'map_diff';
  return 'query_value';
}

/** Names accepted after `is`. */
export const IS_TYPE_NAMES = new Set([
  'bool',
  'bytes',
  'duration',
  'float',
  'int',
  'latlng',
  'list',
  'map',
  'number',
  'path',
  'set',
  'string',
  'timestamp',
  'constraint',
  'map_diff',
  'null',
]);

export function isType(v: RValue, typeName: string): boolean {
  if (v instanceof QueryDerived) return v.isType(typeName);
  const t = typeOf(v);
  if (typeName === 'number') return t === 'int' || t === 'float';
  return t === typeName;
}

export function isNumber(v: RValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Numeric comparison across int and float without losing int precision. */
export function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) return Number.NaN;
  if (fa !== fb) return fa < fb ? -1 : 1;
  // Equal as doubles: refine with exact integers when one side is a large int.
  if (typeof a === 'bigint' && Number.isFinite(fb) && Number.isInteger(fb)) {
    const bb = BigInt(fb);
    return a < bb ? -1 : a > bb ? 1 : 0;
  }
  if (typeof b === 'bigint' && Number.isFinite(fa) && Number.isInteger(fa)) {
    const ba = BigInt(fa);
    return ba < b ? -1 : ba > b ? 1 : 0;
  }
  return 0;
}

/** Code-point order (what Firestore and CEL use), not JS's UTF-16 unit order. */
export function compareStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
}

/** Deep equality. Values of different types are unequal (not an error), except int vs float. */
export function valuesEqual(a: RValue, b: RValue): boolean {
  if (a instanceof QueryDerived) return a.equals(b);
  if (b instanceof QueryDerived) return b.equals(a);
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) === 0;
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return false;
  switch (ta) {
    case 'null':
    case 'bool':
    case 'string':
      return a === b;
    case 'bytes':
      return compareBytes(a as Uint8Array, b as Uint8Array) === 0;
    case 'list': {
      const la = a as RValue[];
      const lb = b as RValue[];
      return la.length === lb.length && la.every((x, i) => valuesEqual(x, lb[i]!));
    }
    case 'map': {
      const ma = a as RMap;
      const mb = b as RMap;
      if (ma.size !== mb.size) return false;
      for (const [k, v] of ma.entries) {
        const w = mb.get(k);
        if (w === undefined || !valuesEqual(v, w)) return false;
      }
      return true;
    }
    case 'set': {
      const sa = a as RSet;
      const sb = b as RSet;
      return sa.items.length === sb.items.length && sa.items.every((x) => sb.has(x));
    }
    case 'timestamp':
      return (a as RTimestamp).ns === (b as RTimestamp).ns;
    case 'duration':
      return (a as RDuration).ns === (b as RDuration).ns;
    case 'path': {
      const pa = (a as RPath).segments;
      const pb = (b as RPath).segments;
      return pa.length === pb.length && pa.every((s, i) => s === pb[i]);
    }
    case 'latlng':
      return (a as RLatLng).lat === (b as RLatLng).lat && (a as RLatLng).lng === (b as RLatLng).lng;
    default:
      return a === b;
  }
}

/** Ordering for `<` and friends; comparing unordered or mismatched types is an error. */
export function compareValues(a: RValue, b: RValue): number {
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta === tb) {
    switch (ta) {
      case 'string':
        return compareStrings(a as string, b as string);
      case 'timestamp':
      case 'duration': {
        const x = (a as RTimestamp).ns;
        const y = (b as RTimestamp).ns;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      case 'bytes':
        return compareBytes(a as Uint8Array, b as Uint8Array);
      case 'bool':
        return a === b ? 0 : a ? 1 : -1;
    }
  }
  return fail(`Unsupported operation: comparison of ${describeType(a)} and ${describeType(b)}.`);
}

export function describeType(v: RValue): string {
  if (v instanceof QueryDerived) return v.describe();
  return typeOf(v);
}

/** Truthiness is strict in rules: only a bool is a condition. */
export function asBool(v: RValue, what: string): boolean {
  if (typeof v !== 'boolean') fail(`${what} must be a bool, got ${describeType(v)}.`);
  return v;
}
