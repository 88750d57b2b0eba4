import { describe, expect, it } from 'vitest';
import { formatDuration, safeHref, shortUrl } from './format.ts';

describe('formatting helpers', () => {
  it('formats durations', () => {
    expect(formatDuration(5)).toBe('5 s');
    expect(formatDuration(125)).toBe('2 min');
    expect(formatDuration(3900)).toBe('1 h 5 min');
  });
  it('shortens page URLs', () => {
    expect(shortUrl('http://127.0.0.1:5173/pricing?x=1')).toBe('127.0.0.1:5173/pricing');
    expect(shortUrl('https://shop.example/')).toBe('shop.example');
    expect(shortUrl('not a url')).toBe('not a url');
  });
  it('links only http(s) pages', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://shop.example/a')).toBe('https://shop.example/a');
    expect(safeHref(undefined)).toBeUndefined();
  });
});
