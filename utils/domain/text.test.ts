import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  foldForComparison,
  isBlank,
  normalizeMultiline,
  normalizeSingleLine,
  truncateCodePoints,
} from './text.ts';

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['👍', 1],
    ['👩‍💻', 3], // woman + ZWJ + laptop: three code points, one grapheme
    ['שלום', 4],
    ['e\u0301', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
  });
});

describe('truncateCodePoints', () => {
  it('never splits a surrogate pair', () => {
    expect(truncateCodePoints('a👍b', 2)).toBe('a👍');
    expect(truncateCodePoints('👍👍👍', 1)).toBe('👍');
  });
  it('returns the text unchanged when short enough, empty for max <= 0', () => {
    expect(truncateCodePoints('hi', 5)).toBe('hi');
    expect(truncateCodePoints('hi', 0)).toBe('');
  });
});

describe('normalizeMultiline', () => {
  it('unifies line endings and trims blank edges and trailing spaces', () => {
    expect(normalizeMultiline('\r\n  hello  \r\nworld\t\r\n\r\n')).toBe('  hello\nworld');
  });
  it('shrinks long runs of blank lines to two', () => {
    expect(normalizeMultiline('a\n\n\n\n\n\nb')).toBe('a\n\n\nb');
  });
  it('removes control characters and bidi overrides but keeps RTL text, emoji and ZWJ', () => {
    expect(normalizeMultiline('a\u0000b\u0007c')).toBe('abc');
    expect(normalizeMultiline('\u202Egnp.exe')).toBe('gnp.exe');
    expect(normalizeMultiline('مرحبا 👩‍💻')).toBe('مرحبا 👩‍💻');
  });
  it('composes to NFC', () => {
    expect(normalizeMultiline('e\u0301')).toBe('é');
  });
  it('replaces lone surrogates', () => {
    expect(normalizeMultiline('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('normalizeSingleLine', () => {
  it('collapses every kind of whitespace to one space', () => {
    expect(normalizeSingleLine('  José \n\t María\u00A0 ')).toBe('José María');
  });
  it('drops control characters', () => {
    expect(normalizeSingleLine('Ot\u0000to')).toBe('Otto');
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    ['  \n\t ', true],
    ['\u200B\u200B', true],
    ['.', false],
    ['👍', false],
  ])('%j -> %s', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
});

describe('foldForComparison', () => {
  it('ignores case, composition form and width', () => {
    expect(foldForComparison('ZOË')).toBe(foldForComparison('zoe\u0308'));
    expect(foldForComparison('ＯＴＴＯ')).toBe('otto');
    expect(foldForComparison('  José   María ')).toBe('josé maría');
  });
  it('keeps accents significant', () => {
    expect(foldForComparison('Zoë')).not.toBe(foldForComparison('Zoe'));
  });
});
