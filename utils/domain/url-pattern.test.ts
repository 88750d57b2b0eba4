import { describe, expect, it } from 'vitest';
import {
  mostSpecificRoute,
  parsePageUrl,
  urlPatternError,
  urlPatternMatches,
} from './url-pattern.ts';

describe('urlPatternMatches', () => {
  it.each([
    // pattern, page URL, matches?
    ['shop.example', 'https://shop.example/', true],
    ['shop.example', 'https://shop.example/any/page?x=1#top', true],
    ['shop.example', 'http://shop.example:8080/cart', true],
    ['shop.example', 'https://www.shop.example/', false],
    ['shop.example', 'https://shop.example.evil.test/', false],
    ['*.shop.example', 'https://www.shop.example/', true],
    ['*.shop.example', 'https://shop.example/', false],
    ['https://shop.example/help', 'http://shop.example/help/faq', true],
    ['shop.example/help', 'https://shop.example/helpdesk', true],
    ['shop.example/help/', 'https://shop.example/helpdesk', false],
    ['shop.example/help', 'https://shop.example/', false],
    ['SHOP.example/Help', 'https://shop.EXAMPLE/help', true],
    ['shop.example:8080', 'http://shop.example:8080/', true],
    ['shop.example:8080', 'http://shop.example:9090/', false],
    ['127.0.0.1*/pricing*', 'http://127.0.0.1:5173/pricing.html', true],
    ['127.0.0.1*/pricing*', 'http://127.0.0.1:5173/help.html', false],
    ['127.0.0.1*/help*', 'http://127.0.0.1:5173/help.html?q=1', true],
    ['shop.example/*/checkout', 'https://shop.example/de/checkout/step1', true],
    ['shop.example/*/checkout', 'https://shop.example/checkout', false],
    ['shop.example/café', 'https://shop.example/caf%C3%A9/menu', true],
    ['shop.example', 'not a url at all', false],
    ['', 'https://shop.example/', false],
    ['*', 'https://shop.example/', false],
  ])('%j on %j -> %s', (pattern, url, expected) => {
    expect(urlPatternMatches(pattern, url)).toBe(expected);
  });
});

describe('mostSpecificRoute', () => {
  const routes = [
    { id: 'site', pattern: 'shop.example' },
    { id: 'help', pattern: 'shop.example/help' },
    { id: 'help-faq', pattern: 'shop.example/help/faq' },
    { id: 'any-help', pattern: '*/help' },
  ];
  it.each([
    ['https://shop.example/help/faq/1', 'help-faq'],
    ['https://shop.example/help/contact', 'help'],
    ['https://shop.example/cart', 'site'],
    ['https://other.example/help', 'any-help'],
    ['https://other.example/cart', null],
  ])('%s -> %s', (url, expected) => {
    expect(mostSpecificRoute(routes, url)?.id ?? null).toBe(expected);
  });
  it('breaks ties of equal literal length by pattern length, then by id', () => {
    const tied = [
      { id: 'b', pattern: 'shop.example/a' },
      { id: 'a', pattern: 'shop.example/a' },
      { id: 'c', pattern: 'shop.example/*a' },
    ];
    expect(mostSpecificRoute(tied, 'https://shop.example/a')?.id).toBe('c');
    expect(mostSpecificRoute(tied.slice(0, 2), 'https://shop.example/a')?.id).toBe('a');
  });
  it('skips invalid patterns', () => {
    expect(mostSpecificRoute([{ id: 'x', pattern: 'has space' }], 'https://has/')).toBeNull();
  });
});

describe('urlPatternError', () => {
  it.each([
    ['shop.example', null],
    ['https://shop.example/help', null],
    ['*.shop.example/pricing*', null],
    ['127.0.0.1*/help*', null],
  ])('%j is valid', (pattern, expected) => {
    expect(urlPatternError(pattern)).toBe(expected);
  });
  it.each([
    ['', /Enter a website address/],
    ['shop example', /spaces/],
    ['/help', /host name/],
    ['shop.example/help?x=1', /query/],
    ['*', /every page/],
    ['*/*', /every page/],
    ['shop$.example', /not a host name/],
    [`shop.example/${'a'.repeat(200)}`, /at most 200/],
  ])('%j is refused', (pattern, message) => {
    expect(urlPatternError(pattern)).toMatch(message);
  });
});

describe('parsePageUrl', () => {
  it('accepts URLs without a scheme and lowercases the host', () => {
    expect(parsePageUrl('Shop.Example:81/x')).toEqual({
      hostname: 'shop.example',
      hostWithPort: 'shop.example:81',
      path: '/x',
    });
  });
});
