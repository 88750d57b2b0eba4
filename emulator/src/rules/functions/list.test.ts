import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';
import { RSet } from '../values.ts';

describe('List methods', () => {
  it('size, concat, join', () => {
    expect(ev('[1, 2].size()')).toBe(2n);
    expect(ev('[1].concat([2, 3])')).toEqual([1n, 2n, 3n]);
    expect(ev("['a', 'b'].join(', ')")).toBe('a, b');
    expect(() => ev("[1, 'b'].join(',')")).toThrow(/list of strings/);
  });

  it('hasAll, hasAny, hasOnly accept lists and sets', () => {
    expect(ev('[1, 2, 3].hasAll([1, 3])')).toBe(true);
    expect(ev('[1, 2, 3].hasAll([1, 4])')).toBe(false);
    expect(ev('[1, 2, 3].hasAll([])')).toBe(true);
    expect(ev('[1, 2].hasAny([5, 2])')).toBe(true);
    expect(ev('[1, 2].hasAny([])')).toBe(false);
    expect(ev('[1, 2].hasOnly([1, 2, 3])')).toBe(true);
    expect(ev('[1, 4].hasOnly([1, 2, 3])')).toBe(false);
    expect(ev("['a', 'b'].hasOnly(['a', 'b'].toSet())")).toBe(true);
  });

  it('removeAll and toSet', () => {
    expect(ev('[1, 2, 1, 3].removeAll([1])')).toEqual([2n, 3n]);
    const s = ev('[1, 2, 1].toSet()');
    expect(s).toBeInstanceOf(RSet);
    expect((s as RSet).items).toEqual([1n, 2n]);
  });
});
