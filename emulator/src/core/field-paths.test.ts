import { describe, expect, it } from 'vitest';
import {
  canonicalFieldPath,
  deleteField,
  formatFieldPath,
  getField,
  isKeyField,
  parseFieldPath,
  projectFields,
  setField,
} from './field-paths.ts';
import { v } from './testing.ts';

describe('field paths', () => {
  it('parses dotted and backtick-quoted segments', () => {
    expect(parseFieldPath('a.b.c')).toEqual(['a', 'b', 'c']);
    expect(parseFieldPath('`x.y`.z')).toEqual(['x.y', 'z']);
    expect(parseFieldPath('`a\\`b`')).toEqual(['a`b']);
    expect(parseFieldPath('`a\\\\b`')).toEqual(['a\\b']);
    expect(parseFieldPath('``')).toEqual(['']);
    expect(parseFieldPath('__name__')).toEqual(['__name__']);
  });

  it.each(['', 'a..b', '.a', 'a.', '`open'])('rejects %j', (path) => {
    expect(() => parseFieldPath(path)).toThrow(/Invalid field path/);
  });

  it('formats canonically', () => {
    expect(formatFieldPath(['a', 'b'])).toBe('a.b');
    expect(formatFieldPath(['x.y', '1a', 'ok_1'])).toBe('`x.y`.`1a`.ok_1');
    expect(formatFieldPath(['a`b'])).toBe('`a\\`b`');
    expect(canonicalFieldPath('`a`.b')).toBe('a.b');
    expect(isKeyField('__name__')).toBe(true);
    expect(isKeyField('`__name__`')).toBe(true);
  });

  it('gets, sets and deletes nested values', () => {
    const fields = { a: v.map({ b: v.int(1) }), s: v.str('x') };
    expect(getField(fields, ['a', 'b'])).toEqual(v.int(1));
    expect(getField(fields, ['s', 'b'])).toBeUndefined();
    expect(getField(fields, ['missing'])).toBeUndefined();
    setField(fields, ['s', 'deep', 'er'], v.bool(true));
    expect(getField(fields, ['s', 'deep', 'er'])).toEqual(v.bool(true));
    deleteField(fields, ['a', 'b']);
    expect(fields.a).toEqual(v.map({}));
    deleteField(fields, ['nope', 'x']);
  });

  it('projects fields for masks', () => {
    const fields = { a: v.map({ b: v.int(1), c: v.int(2) }), d: v.int(3), 'x.y': v.int(4) };
    expect(projectFields(fields, ['a.b', '`x.y`', 'missing', '__name__'])).toEqual({
      a: v.map({ b: v.int(1) }),
      'x.y': v.int(4),
    });
  });
});
