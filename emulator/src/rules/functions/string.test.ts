import { describe, expect, it } from 'vitest';
import { RulesEvalError } from '../errors.ts';
import { evalExpr as ev } from '../test-support.ts';

describe('String methods', () => {
  it('changes case and trims', () => {
    expect(ev("'AbC'.lower()")).toBe('abc');
    expect(ev("'AbC'.upper()")).toBe('ABC');
    expect(ev("'  a b  '.trim()")).toBe('a b');
  });

  it('counts code points', () => {
    expect(ev("'abc'.size()")).toBe(3n);
    expect(ev("'😀a'.size()")).toBe(2n);
    expect(ev("''.size()")).toBe(0n);
  });

  it('matches the whole string (RE2 syntax)', () => {
    expect(ev("'abc'.matches('a.c')")).toBe(true);
    expect(ev("'xabc'.matches('a.c')")).toBe(false);
    expect(ev("'abcx'.matches('a.c')")).toBe(false);
    expect(ev("'a|b'.matches('a|b')")).toBe(false);
    expect(ev("'b'.matches('a|b')")).toBe(true);
    expect(ev("'user@example.com'.matches('.*@example[.]com')")).toBe(true);
    expect(ev("'ABC'.matches('(?i)abc')")).toBe(true);
    expect(ev("'2024-01-02'.matches(r'\\d{4}-\\d{2}-\\d{2}')")).toBe(true);
    expect(ev("'ab'.matches('(?P<first>a)b')")).toBe(true);
    expect(() => ev("'a'.matches('(')")).toThrow(RulesEvalError);
  });

  it('replaces every match, with \\1 group references', () => {
    expect(ev("'a-b-c'.replace('-', '+')")).toBe('a+b+c');
    expect(ev("'aaa'.replace('a+', 'b')")).toBe('b');
    expect(ev("'john smith'.replace('(\\\\w+) (\\\\w+)', '\\\\2 \\\\1')")).toBe('smith john');
    expect(ev("'price'.replace('p', '$1')")).toBe('$1rice');
  });

  it('splits on a regular expression', () => {
    expect(ev("'a,b,,c'.split(',')")).toEqual(['a', 'b', '', 'c']);
    expect(ev("'a1b22c'.split('[0-9]+')")).toEqual(['a', 'b', 'c']);
  });

  it('encodes to UTF-8 bytes', () => {
    expect(ev("'€'.toUtf8()")).toEqual(new Uint8Array([0xe2, 0x82, 0xac]));
    expect(ev("'€'.toUtf8() == b'€'")).toBe(true);
  });

  it('rejects unknown methods and wrong arguments', () => {
    expect(() => ev("'a'.nope()")).toThrow(/Function not found/);
    expect(() => ev("'a'.matches(1)")).toThrow(/expects a string/);
    expect(() => ev("'a'.lower(1)")).toThrow(/expects 0 argument/);
  });
});
