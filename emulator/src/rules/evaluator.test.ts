import { describe, expect, it } from 'vitest';
import { RulesEvalError } from './errors.ts';
import { evalExpr } from './test-support.ts';
import { RMap, type RValue } from './values.ts';

const ev = (src: string, vars: Record<string, RValue> = {}) => evalExpr(src, vars);

function evalError(src: string, vars: Record<string, RValue> = {}): RulesEvalError {
  try {
    ev(src, vars);
  } catch (e) {
    if (e instanceof RulesEvalError) return e;
    throw e;
  }
  throw new Error(`expected an evaluation error from ${src}`);
}

// `m.missing` is an error; `1/0` too.
const ERR = 'm.missing';
const vars = { m: RMap.of({ a: 1n }) };

describe('error absorption by && and ||', () => {
  const table: [string, boolean | 'error'][] = [
    [`false && ${ERR}`, false],
    [`${ERR} && false`, false],
    [`true && ${ERR}`, 'error'],
    [`${ERR} && true`, 'error'],
    [`${ERR} && ${ERR}`, 'error'],
    [`true || ${ERR}`, true],
    [`${ERR} || true`, true],
    [`false || ${ERR}`, 'error'],
    [`${ERR} || false`, 'error'],
    [`${ERR} || ${ERR}`, 'error'],
    [`(1/0 == 1) || true`, true],
    [`1 && false`, false],
    [`1 && true`, 'error'],
    [`true ? ${ERR} : true`, 'error'],
    [`false ? ${ERR} : true`, true],
    [`${ERR} ? true : true`, 'error'],
    [`!(${ERR})`, 'error'],
  ];
  for (const [src, expected] of table) {
    it(`${src} -> ${expected}`, () => {
      if (expected === 'error') expect(() => ev(src, vars)).toThrow(RulesEvalError);
      else expect(ev(src, vars)).toBe(expected);
    });
  }
});

describe('arithmetic', () => {
  it('uses 64-bit ints with truncating division', () => {
    expect(ev('7 / 2')).toBe(3n);
    expect(ev('-7 / 2')).toBe(-3n);
    expect(ev('-7 % 3')).toBe(-1n);
    expect(ev('2 + 3 * 4 - 1')).toBe(13n);
    expect(ev('(2 + 3) * 4')).toBe(20n);
    expect(ev('9223372036854775807')).toBe(9223372036854775807n);
  });

  it('makes overflow and division by zero errors', () => {
    expect(evalError('9223372036854775807 + 1').message).toMatch(/overflow/);
    expect(evalError('-9223372036854775808 - 1').message).toMatch(/overflow/);
    expect(evalError('-9223372036854775808 / -1').message).toMatch(/overflow/);
    expect(evalError('4611686018427387904 * 2').message).toMatch(/overflow/);
    expect(evalError('1 / 0').message).toMatch(/division by zero/);
    expect(evalError('1 % 0').message).toMatch(/modulo by zero/);
  });

  it('uses IEEE floats and promotes mixed int/float arithmetic to float', () => {
    expect(ev('7.0 / 2')).toBe(3.5);
    expect(ev('1 / 0.0')).toBe(Number.POSITIVE_INFINITY);
    expect(ev('0.1 + 0.2')).toBeCloseTo(0.3);
    expect(ev('2 * 1.5')).toBe(3);
    expect(typeof ev('2 * 1.0')).toBe('number');
    expect(ev('5.5 % 2')).toBe(1.5);
    expect(ev('1e2')).toBe(100);
  });

  it('negates ints, floats and durations', () => {
    expect(ev('-(3)')).toBe(-3n);
    expect(ev('-x', { x: 2.5 })).toBe(-2.5);
    expect(evalError('-x', { x: -9223372036854775808n }).message).toMatch(/overflow/);
    expect(evalError("-'a'").message).toMatch(/Unsupported/);
  });

  it('concatenates strings, lists and bytes with +', () => {
    expect(ev("'a' + 'b'")).toBe('ab');
    expect(ev('[1] + [2, 3]')).toEqual([1n, 2n, 3n]);
    expect(ev("b'a' + b'b'")).toEqual(new Uint8Array([97, 98]));
    expect(evalError("'a' + 1").message).toMatch(
      /Unsupported operation error. Received: string \+ int/,
    );
  });
});

describe('comparison and equality', () => {
  it('compares ints and floats numerically', () => {
    expect(ev('1 == 1.0')).toBe(true);
    expect(ev('1 < 1.5')).toBe(true);
    expect(ev('2.0 >= 2')).toBe(true);
    expect(ev('9007199254740993 > 9007199254740992.0')).toBe(true);
    expect(ev('0.0/0.0 == 0.0/0.0')).toBe(false);
  });

  it('orders strings by code point, plus timestamps, durations, bytes', () => {
    expect(ev("'a' < 'b'")).toBe(true);
    expect(ev("'Z' < 'a'")).toBe(true);
    expect(ev("'\uFFFF' < '\u{1F600}'")).toBe(true);
    expect(ev("b'a' < b'b'")).toBe(true);
    expect(ev("duration.value(1, 's') < duration.value(2, 's')")).toBe(true);
  });

  it('treats values of different types as unequal, but ordering them is an error', () => {
    expect(ev("1 == '1'")).toBe(false);
    expect(ev("null != 'x'")).toBe(true);
    expect(ev('null == null')).toBe(true);
    expect(evalError("1 < 'a'").message).toMatch(/comparison of int and string/);
  });

  it('compares lists and maps deeply', () => {
    expect(ev("[1, [2, {'a': 3}]] == [1, [2, {'a': 3.0}]]")).toBe(true);
    expect(ev("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}")).toBe(true);
    expect(ev("{'a': 1} == {'a': 1, 'b': 2}")).toBe(false);
  });
});

describe('membership, indexing and slicing', () => {
  it('`in` checks lists, sets and map keys', () => {
    expect(ev('2 in [1, 2, 3]')).toBe(true);
    expect(ev('2.0 in [1, 2, 3]')).toBe(true);
    expect(ev("'a' in {'a': 1}")).toBe(true);
    expect(ev("'b' in {'a': 1}")).toBe(false);
    expect(ev('3 in [1, 2, 3].toSet()')).toBe(true);
    expect(evalError("'a' in 'abc'").message).toMatch(/Unsupported/);
  });

  it('indexes lists, maps and strings; out of range is an error', () => {
    expect(ev('[1, 2, 3][2]')).toBe(3n);
    expect(ev("{'a': {'b': 1}}['a']['b']")).toBe(1n);
    expect(ev("{'a': {'b': 1}}.a.b")).toBe(1n);
    expect(ev("'héllo'[1]")).toBe('é');
    expect(evalError('[1][1]').message).toMatch(/out of range/);
    expect(evalError('[1][-1]').message).toMatch(/out of range/);
    expect(evalError("{'a': 1}['b']").message).toMatch(/Property b is undefined/);
    expect(evalError("[1]['a']").message).toMatch(/Index must be an int/);
    expect(evalError('x.y', { x: null }).message).toMatch(/Null value error/);
    expect(evalError('x[0]', { x: null }).message).toMatch(/Null value error/);
  });

  it('slices lists and strings', () => {
    expect(ev('[1, 2, 3, 4][1:3]')).toEqual([2n, 3n]);
    expect(ev('[1, 2, 3][:1]')).toEqual([1n]);
    expect(ev('[1, 2, 3][1:]')).toEqual([2n, 3n]);
    expect(ev("'abcdef'[2:4]")).toBe('cd');
    expect(evalError('[1, 2][1:5]').message).toMatch(/out of range/);
    expect(evalError('[1, 2][2:1]').message).toMatch(/out of range/);
  });
});

describe('types', () => {
  it('`is` recognises every type', () => {
    const cases: [string, string][] = [
      ['true', 'bool'],
      ["b'x'", 'bytes'],
      ["duration.value(1, 'h')", 'duration'],
      ['1.5', 'float'],
      ['1', 'int'],
      ['latlng.value(1, 2)', 'latlng'],
      ['[1]', 'list'],
      ["{'a': 1}", 'map'],
      ['1', 'number'],
      ['1.5', 'number'],
      ['/a/b', 'path'],
      ['[1].toSet()', 'set'],
      ["'s'", 'string'],
      ['timestamp.value(0)', 'timestamp'],
    ];
    for (const [value, type] of cases)
      expect(ev(`${value} is ${type}`), `${value} is ${type}`).toBe(true);
    expect(ev("'1' is int")).toBe(false);
    expect(ev('[1] is map')).toBe(false);
    expect(ev('null is string')).toBe(false);
    expect(ev('[1].toSet() is list')).toBe(false);
  });

  it('requires bools for conditions and logical operators', () => {
    expect(evalError('1 ? 2 : 3').message).toMatch(/must be a bool/);
    expect(evalError('!1').message).toMatch(/Unsupported/);
    expect(evalError('true && 1').message).toMatch(/must be a bool/);
  });

  it('builds maps with string keys only', () => {
    expect(evalError('{1: 2}').message).toMatch(/Map keys must be strings/);
    expect(evalError("{'a': 1, 'a': 2}").message).toMatch(/Duplicate map key/);
  });
});

describe('paths', () => {
  it('interpolates strings and splices paths', () => {
    const p = ev('/databases/$(db)/documents/$(rest)/x', {
      db: '(default)',
      rest: ev('/users/u1'),
    });
    expect(String(p)).toBe('/databases/(default)/documents/users/u1/x');
    expect(String(ev('/a/id_$(n)', { n: 5n }))).toBe('/a/id_5');
    expect(evalError('/a/$(x)', { x: [1n] }).message).toMatch(/must be strings/);
  });

  it('indexes, slices and compares paths', () => {
    expect(ev('/a/b/c[1]')).toBe('b');
    expect(ev("/a/b == path('a/b')")).toBe(true);
    expect(ev("/a/b == path('/a/c')")).toBe(false);
    expect(String(ev('(/a/b/c)[1:]'))).toBe('/b/c');
  });
});

describe('errors carry the position of the failing node', () => {
  it('points at the innermost failing expression', () => {
    const e = evalError('true && m.missing == 1', vars);
    expect(e.pos).toMatchObject({ line: 1, column: 11 });
  });
});
