import { describe, expect, it } from 'vitest';
import {
  cleanReferrer,
  LIMITS,
  validateCannedText,
  validateDepartmentName,
  validateDisplayName,
  validateDocumentId,
  validateEmail,
  validateMaxChats,
  validateMessageText,
  validateOfflineMessageText,
  validateOperatorIds,
  validateOptionalEmail,
  validatePageUrl,
  validateRatingComment,
  validateRole,
  validateUrlPattern,
  validateVisitorName,
} from './validation.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) =>
  result.ok ? result.value : `ERROR: ${result.message}`;

describe('validateVisitorName', () => {
  it.each([
    ['  Ada   Lovelace ', 'Ada Lovelace'],
    ['李雷', '李雷'],
    ['محمد', 'محمد'],
    ['Zoë 👋', 'Zoë 👋'],
  ])('%j -> %j', (input, expected) => {
    expect(value(validateVisitorName(input))).toBe(expected);
  });
  it.each([
    ['', /Your name is required/],
    ['   \n ', /Your name is required/],
    [undefined, /Your name is required/],
    [42, /Your name is required/],
    ['x'.repeat(81), /at most 80 characters \(it has 81\)/],
  ])('%j is refused', (input, message) => {
    expect(value(validateVisitorName(input))).toMatch(message);
  });
  it('counts as the rules do: an emoji is two', () => {
    expect(validateVisitorName('👍'.repeat(40)).ok).toBe(true);
    expect(validateVisitorName('👍'.repeat(41)).ok).toBe(false);
    expect(validateVisitorName('中'.repeat(80)).ok).toBe(true);
  });
});

describe('validateMessageText', () => {
  it('keeps line breaks and trims the edges', () => {
    expect(value(validateMessageText('\n hi\nthere  \n'))).toBe(' hi\nthere');
  });
  it('accepts exactly the limit and refuses one more', () => {
    expect(validateMessageText('a'.repeat(LIMITS.messageText)).ok).toBe(true);
    expect(value(validateMessageText('a'.repeat(LIMITS.messageText + 1)))).toMatch(
      /at most 2000 characters \(it has 2001\)/,
    );
  });
  it('refuses blank and zero-width-only text', () => {
    expect(validateMessageText(' \u200B ').ok).toBe(false);
  });
  it('allows longer off-line messages', () => {
    expect(validateOfflineMessageText('a'.repeat(4000)).ok).toBe(true);
    expect(validateOfflineMessageText('a'.repeat(4001)).ok).toBe(false);
  });
});

describe('validateDisplayName', () => {
  it.each([
    ['Otto', 'Otto'],
    ['  José  María ', 'José María'],
  ])('%j -> %j', (input, expected) => {
    expect(value(validateDisplayName(input))).toBe(expected);
  });
  it.each([
    ['', /required/],
    ['---', /letter or digit/],
    ['/t', /cannot start with "\/"/],
    ['n'.repeat(81), /at most 80/],
  ])('%j is refused', (input, message) => {
    expect(value(validateDisplayName(input))).toMatch(message);
  });
});

describe('validateEmail', () => {
  it.each([
    ['ada@parley.test', 'ada@parley.test'],
    ['  Ada.L@Parley.TEST ', 'Ada.L@parley.test'],
    ['zoë@bücher.de', 'zoë@bücher.de'],
    ['a+tag@sub.example.co.uk', 'a+tag@sub.example.co.uk'],
  ])('%j -> %j', (input, expected) => {
    expect(value(validateEmail(input))).toBe(expected);
  });
  it.each([
    ['', /required/],
    ['ada', /doesn't look right/],
    ['ada@', /doesn't look right/],
    ['@parley.test', /doesn't look right/],
    ['ada@localhost', /doesn't look right/],
    ['ada lovelace@parley.test', /doesn't look right/],
    ['a@b@parley.test', /doesn't look right/],
    ['ada@-bad.test', /doesn't look right/],
    [`${'a'.repeat(65)}@parley.test`, /doesn't look right/],
    [`a@${'b'.repeat(250)}.test`, /at most 254/],
  ])('%j is refused', (input, message) => {
    expect(value(validateEmail(input))).toMatch(message);
  });
  it('allows an empty optional email and checks a present one', () => {
    expect(validateOptionalEmail('')).toEqual({ ok: true, value: undefined });
    expect(validateOptionalEmail(undefined)).toEqual({ ok: true, value: undefined });
    expect(value(validateOptionalEmail('nope'))).toMatch(/Your email address/);
  });
});

describe('validateRole / validateMaxChats', () => {
  it('knows the two roles', () => {
    expect(validateRole('admin').ok).toBe(true);
    expect(validateRole('normal').ok).toBe(true);
    expect(value(validateRole('owner'))).toMatch(/Administrator \(admin\) or Normal/);
  });
  it.each([
    [1, 1],
    [20, 20],
    ['5', 5],
  ])('maxChats %j -> %j', (input, expected) => {
    expect(value(validateMaxChats(input))).toBe(expected);
  });
  it.each([0, 21, 2.5, '', 'five', null, Number.NaN])('maxChats %j is refused', (input) => {
    expect(value(validateMaxChats(input))).toMatch(/whole number from 1 to 20/);
  });
});

describe('departments, operator lists, URL routes', () => {
  it('normalizes department names', () => {
    expect(value(validateDepartmentName('  Sales  '))).toBe('Sales');
    expect(validateDepartmentName('x'.repeat(61)).ok).toBe(false);
  });
  it('deduplicates operator ids and checks they exist', () => {
    expect(value(validateOperatorIds(['a', 'b', 'a']))).toEqual(['a', 'b']);
    expect(value(validateOperatorIds([]))).toMatch(/at least one operator/);
    expect(value(validateOperatorIds([], { allowEmpty: true }))).toEqual([]);
    expect(value(validateOperatorIds(['a', 1]))).toMatch(/must be a list/);
    expect(value(validateOperatorIds('a'))).toMatch(/must be a list/);
    expect(value(validateOperatorIds(['a', 'x'], { known: new Set(['a']) }))).toMatch(
      /don't exist/,
    );
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
    expect(value(validateOperatorIds(many))).toMatch(/at most 100/);
  });
  it('checks URL patterns with routing’s syntax', () => {
    expect(value(validateUrlPattern(' shop.example/help '))).toBe('shop.example/help');
    expect(value(validateUrlPattern('*'))).toMatch(/every page/);
    expect(value(validateUrlPattern(undefined))).toMatch(/website address/);
  });
});

describe('page URLs, referrers, canned text, document ids', () => {
  it('accepts http(s) page URLs only', () => {
    expect(value(validatePageUrl('https://shop.example/a?b=1'))).toBe('https://shop.example/a?b=1');
    expect(value(validatePageUrl('javascript:alert(1)'))).toMatch(/http/);
    expect(value(validatePageUrl('not a url'))).toMatch(/not a valid URL/);
    expect(value(validatePageUrl(`https://x.test/${'a'.repeat(2048)}`))).toMatch(/too long/);
  });
  it('drops an unusable referrer instead of failing', () => {
    expect(cleanReferrer('https://google.com/')).toBe('https://google.com/');
    expect(cleanReferrer('android-app://x')).toBeUndefined();
    expect(cleanReferrer(undefined)).toBeUndefined();
  });
  it('limits canned text', () => {
    expect(validateCannedText('Hello %VISITOR%').ok).toBe(true);
    expect(validateCannedText('x'.repeat(1001)).ok).toBe(false);
  });
  it.each([
    ['demo', true],
    ['a/b', false],
    ['.', false],
    ['..', false],
    ['__id__', false],
    ['', false],
    [7, false],
    ['x'.repeat(129), false],
  ])('document id %j valid: %s', (input, expected) => {
    expect(validateDocumentId(input).ok).toBe(expected);
  });
});

describe('validateRatingComment', () => {
  it('is optional, trimmed, and at most LIMITS.ratingComment', () => {
    expect(validateRatingComment(undefined)).toEqual({ ok: true, value: undefined });
    expect(validateRatingComment('   ')).toEqual({ ok: true, value: undefined });
    expect(validateRatingComment('  Too slow.\n')).toEqual({ ok: true, value: 'Too slow.' });
    expect(validateRatingComment('x'.repeat(LIMITS.ratingComment + 1)).ok).toBe(false);
  });
});
