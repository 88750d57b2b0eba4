import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';

describe('Set methods', () => {
  it('size, hasAll, hasAny, hasOnly', () => {
    expect(ev('[1, 1, 2].toSet().size()')).toBe(2n);
    expect(ev('[1, 2].toSet().hasAll([1])')).toBe(true);
    expect(ev('[1, 2].toSet().hasAny([3])')).toBe(false);
    expect(ev('[1, 2].toSet().hasOnly([1, 2, 3].toSet())')).toBe(true);
  });

  it('union, intersection, difference, equality regardless of order', () => {
    expect(ev('[1, 2].toSet().union([2, 3].toSet()) == [3, 2, 1].toSet()')).toBe(true);
    expect(ev('[1, 2].toSet().intersection([2, 3].toSet()) == [2].toSet()')).toBe(true);
    expect(ev('[1, 2].toSet().difference([2, 3].toSet()) == [1].toSet()')).toBe(true);
    expect(ev('[1, 2].toSet() == [1, 2, 3].toSet()')).toBe(false);
    expect(ev('2 in [1, 2].toSet()')).toBe(true);
  });
});
