import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';

describe('Map methods', () => {
  it('size, keys, values, in', () => {
    expect(ev("{'a': 1, 'b': 2}.size()")).toBe(2n);
    expect(ev("{'a': 1, 'b': 2}.keys()")).toEqual(['a', 'b']);
    expect(ev("{'a': 1, 'b': 2}.values()")).toEqual([1n, 2n]);
    expect(ev("{'a': 1}.keys().hasOnly(['a', 'b'])")).toBe(true);
    expect(ev("{'b': 1, 'a': 2}.keys()")).toEqual(['a', 'b']);
    expect(ev("{'b': 1, 'a': 2}.values()")).toEqual([2n, 1n]);
    expect(ev("{'b': 1, 'a': 2}.keys() == {'a': 0, 'b': 0}.keys()")).toBe(true);
  });

  it('get with a default, and with a list of keys as a nested path', () => {
    expect(ev("{'a': 1}.get('a', 0)")).toBe(1n);
    expect(ev("{'a': 1}.get('b', 0)")).toBe(0n);
    expect(ev("{'a': {'b': {'c': 5}}}.get(['a', 'b', 'c'], 0)")).toBe(5n);
    expect(ev("{'a': {'b': 1}}.get(['a', 'x', 'c'], 'none')")).toBe('none');
    expect(ev("{'a': 1}.get(['a', 'b'], 'none')")).toBe('none');
    expect(ev("{'a': null}.get('a', 1)")).toBe(null);
  });

  it('diff reports added, removed, changed, unchanged and affected keys', () => {
    const d = "{'keep': 1, 'chg': 2, 'new': 3}.diff({'keep': 1, 'chg': 9, 'gone': 4})";
    expect(ev(`${d}.addedKeys() == ['new'].toSet()`)).toBe(true);
    expect(ev(`${d}.removedKeys() == ['gone'].toSet()`)).toBe(true);
    expect(ev(`${d}.changedKeys() == ['chg'].toSet()`)).toBe(true);
    expect(ev(`${d}.unchangedKeys() == ['keep'].toSet()`)).toBe(true);
    expect(ev(`${d}.affectedKeys() == ['new', 'gone', 'chg'].toSet()`)).toBe(true);
    expect(ev(`${d}.affectedKeys().hasOnly(['new', 'chg', 'gone'])`)).toBe(true);
    expect(ev("{'a': 1}.diff({'a': 1.0}).changedKeys().size()")).toBe(0n);
  });
});
