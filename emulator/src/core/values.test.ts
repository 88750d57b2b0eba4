import { describe, expect, it } from 'vitest';
import type { Value } from './api.ts';
import { normalizeValue } from './normalize.ts';
import { v } from './testing.ts';
import {
  compareUtf8,
  compareValues,
  fieldsIdentical,
  valuesEqual,
  valuesIdentical,
} from './values.ts';

describe('compareValues', () => {
  it('orders types as Firestore does', () => {
    const ordered: Value[] = [
      v.null(),
      v.bool(false),
      v.bool(true),
      v.double(Number.NaN),
      v.double(Number.NEGATIVE_INFINITY),
      v.int(-5),
      v.double(-0.5),
      v.int(0),
      v.double(0.5),
      v.int(1),
      v.double(Number.POSITIVE_INFINITY),
      v.ts('1970-01-01T00:00:00Z'),
      v.ts('2020-01-01T00:00:00.000001Z'),
      v.str(''),
      v.str('a'),
      v.str('b'),
      v.bytes([]),
      v.bytes([0]),
      v.bytes([1]),
      v.ref('a/b'),
      v.ref('a/b/c/d'),
      v.ref('b/a'),
      v.geo(-10, 0),
      v.geo(0, -10),
      v.geo(0, 10),
      v.arr(),
      v.arr(v.int(1)),
      v.arr(v.int(1), v.int(2)),
      v.arr(v.int(2)),
      { mapValue: { fields: { __type__: v.str('__vector__'), value: v.arr(v.double(9)) } } },
      {
        mapValue: {
          fields: { __type__: v.str('__vector__'), value: v.arr(v.double(1), v.double(1)) },
        },
      },
      v.map({}),
      v.map({ a: v.int(1) }),
      v.map({ a: v.int(2) }),
      v.map({ b: v.int(0) }),
    ];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        const expected = Math.sign(i - j);
        expect(
          compareValues(ordered[i]!, ordered[j]!),
          `${JSON.stringify(ordered[i])} vs ${JSON.stringify(ordered[j])}`,
        ).toBe(expected);
      }
    }
  });

  it('compares ints and doubles numerically, exactly for large values', () => {
    expect(compareValues(v.int(1), v.double(1))).toBe(0);
    expect(compareValues(v.int('9007199254740993'), v.double(9007199254740992))).toBe(1);
    expect(compareValues(v.int('9223372036854775807'), v.double(9.3e18))).toBe(-1);
    expect(compareValues(v.int(-1), v.double(-0.5))).toBe(-1);
    expect(compareValues(v.double(-0), v.double(0))).toBe(0);
    expect(compareValues(v.int(0), v.double(-0))).toBe(0);
    expect(compareValues(v.double(Number.NaN), v.double(Number.NaN))).toBe(0);
    expect(compareValues(v.double(Number.NaN), v.int('-9223372036854775808'))).toBe(-1);
  });

  it('compares strings by UTF-8 bytes, not UTF-16 units', () => {
    // U+FF61 is one UTF-16 unit above the surrogates, but sorts below U+1F600 in UTF-8.
    expect(compareUtf8('\uFF61', '😀')).toBe(-1);
    expect('\uFF61' < '😀').toBe(false);
    expect(compareValues(v.str('😀'), v.str('\uFF61'))).toBe(1);
    expect(compareUtf8('a', 'ab')).toBe(-1);
  });

  it('compares timestamps with nanos and offsets', () => {
    expect(compareValues(v.ts('2020-01-01T01:00:00+01:00'), v.ts('2020-01-01T00:00:00Z'))).toBe(0);
    expect(
      compareValues(v.ts('2020-01-01T00:00:00.000000001Z'), v.ts('2020-01-01T00:00:00Z')),
    ).toBe(1);
  });

  it('compares references segment-wise', () => {
    // "a/b" < "a-c" segment-wise even though "/" > "-" in plain string order.
    expect(compareValues(v.ref('a/b'), v.ref('a-c/x'))).toBe(-1);
  });
});

describe('equality', () => {
  it('treats -0 and 0, 1 and 1.0, NaN and NaN as equal for queries', () => {
    expect(valuesEqual(v.double(-0), v.int(0))).toBe(true);
    expect(valuesEqual(v.double(1), v.int(1))).toBe(true);
    expect(valuesEqual(v.double(Number.NaN), v.double(Number.NaN))).toBe(true);
    expect(valuesEqual(v.str('1'), v.int(1))).toBe(false);
  });

  it('distinguishes exact identity for change detection', () => {
    expect(valuesIdentical(v.double(1), v.int(1))).toBe(false);
    expect(valuesIdentical(v.double(-0), v.double(0))).toBe(false);
    expect(valuesIdentical(v.double(Number.NaN), v.double(Number.NaN))).toBe(true);
    expect(fieldsIdentical({ a: v.arr(v.int(1)) }, { a: v.arr(v.int(1)) })).toBe(true);
    expect(fieldsIdentical({ a: v.map({ x: v.int(1) }) }, { a: v.map({ x: v.int(2) }) })).toBe(
      false,
    );
  });
});

describe('normalizeValue', () => {
  it('canonicalizes numbers and timestamps', () => {
    expect(normalizeValue({ integerValue: '007' })).toEqual({ integerValue: '7' });
    expect(normalizeValue({ doubleValue: 'Infinity' })).toEqual({ doubleValue: 'Infinity' });
    expect(normalizeValue({ doubleValue: Number.NaN })).toEqual({ doubleValue: 'NaN' });
    expect(normalizeValue({ timestampValue: '2020-01-01T00:00:00.123456789Z' })).toEqual({
      timestampValue: '2020-01-01T00:00:00.123456Z',
    });
    expect(normalizeValue({ timestampValue: '2020-01-01T00:00:00Z' })).toEqual({
      timestampValue: '2020-01-01T00:00:00.000000Z',
    });
    expect(normalizeValue({ nullValue: 'NULL_VALUE' })).toEqual({ nullValue: null });
  });

  it('rejects integers outside int64', () => {
    expect(() => normalizeValue({ integerValue: '9223372036854775808' })).toThrow(/out of range/);
    expect(() => normalizeValue({ integerValue: 'x' })).toThrow(/Invalid integer/);
  });
});
