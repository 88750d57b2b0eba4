import { describe, expect, it } from 'vitest';
import type { FieldTransform, Value } from './api.ts';
import { v } from './testing.ts';
import { applyTransform } from './transforms.ts';

const T = '2024-01-01T00:00:00.000001Z';
const apply = (current: Value | undefined, t: Omit<FieldTransform, 'fieldPath'>) =>
  applyTransform(current, { fieldPath: 'f', ...t }, T);

describe('field transforms', () => {
  it('sets the request time', () => {
    expect(apply(v.int(1), { setToServerValue: 'REQUEST_TIME' })).toEqual(v.ts(T));
  });

  it('increments ints as ints with saturation, mixed as doubles', () => {
    expect(apply(v.int(5), { increment: v.int(2) })).toEqual(v.int(7));
    expect(apply(undefined, { increment: v.int(2) })).toEqual(v.int(2));
    expect(apply(v.str('x'), { increment: v.double(1.5) })).toEqual(v.double(1.5));
    expect(apply(v.int(1), { increment: v.double(0.5) })).toEqual(v.double(1.5));
    expect(apply(v.double(0.5), { increment: v.int(1) })).toEqual(v.double(1.5));
    expect(apply(v.int('9223372036854775807'), { increment: v.int(1) })).toEqual(
      v.int('9223372036854775807'),
    );
    expect(apply(v.int('-9223372036854775808'), { increment: v.int(-1) })).toEqual(
      v.int('-9223372036854775808'),
    );
    expect(() => apply(v.int(1), { increment: v.str('1') })).toThrow(/must be a number/);
  });

  it('computes maximum and minimum as Firestore', () => {
    expect(apply(v.int(3), { maximum: v.int(5) })).toEqual(v.int(5));
    expect(apply(v.int(3), { maximum: v.double(1) })).toEqual(v.int(3));
    expect(apply(v.int(3), { maximum: v.double(3) })).toEqual(v.int(3)); // equal keeps stored
    expect(apply(v.double(0), { maximum: v.int(0) })).toEqual(v.double(0));
    expect(apply(v.int(3), { maximum: v.double(Number.NaN) })).toEqual(v.double(Number.NaN));
    expect(apply(undefined, { maximum: v.int(4) })).toEqual(v.int(4));
    expect(apply(v.int(3), { minimum: v.double(2.5) })).toEqual(v.double(2.5));
    expect(apply(v.int(3), { minimum: v.int(9) })).toEqual(v.int(3));
    expect(apply(v.str('a'), { minimum: v.int(9) })).toEqual(v.int(9));
  });

  it('appends missing elements and removes all matches', () => {
    expect(
      apply(v.arr(v.int(1), v.int(2)), {
        appendMissingElements: { values: [v.int(2), v.int(3), v.int(3)] },
      }),
    ).toEqual(v.arr(v.int(1), v.int(2), v.int(3)));
    expect(apply(v.str('x'), { appendMissingElements: { values: [v.int(1)] } })).toEqual(
      v.arr(v.int(1)),
    );
    expect(
      apply(v.arr(v.int(1), v.double(1), v.int(2), v.map({ a: v.int(1) })), {
        removeAllFromArray: { values: [v.int(1), v.map({ a: v.int(1) })] },
      }),
    ).toEqual(v.arr(v.int(2)));
    expect(apply(undefined, { removeAllFromArray: { values: [v.int(1)] } })).toEqual(v.arr());
  });

  it('rejects transforms without an operation', () => {
    expect(() => apply(undefined, {})).toThrow(/no operation/);
  });
});
