import { describe, expect, it } from 'vitest';
import {
  foldForComparison,
  isBlank,
  normalizeMultiline,
  normalizeSingleLine,
  textSize,
  truncateToSize,
} from './text.ts';

describe('textSize', () => {
  // What Google's rules engine answers for string.size() (tests/rules/chat-messages.test.ts).
  it.each([
    ['', 0],
    ['abc', 3],
    ['👍', 2],
    ['👩‍💻', 5], // woman + ZWJ + laptop: two surrogate pairs and a joiner, one grapheme
    ['שלום', 4],
    ['中文', 2],
    ['e\u0301', 2],
  ])('%j has size %i', (text, expected) => {
    expect(textSize(text)).toBe(expected);
  });
});

describe('truncateToSize', () => {
  it('never splits a surrogate pair', () => {
    expect(truncateToSize('a👍b', 2)).toBe('a');
    expect(truncateToSize('a👍b', 3)).toBe('a👍');
    expect(truncateToSize('👍👍👍', 3)).toBe('👍');
  });
  it('returns the text unchanged when short enough, empty for max <= 0', () => {
    expect(truncateToSize('hi', 5)).toBe('hi');
    expect(truncateToSize('hi', 0)).toBe('');
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
