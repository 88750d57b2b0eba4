import { describe, expect, it } from 'vitest';
import {
  addVisitedPage,
  campaignOf,
  MAX_VISITED_PAGES,
  utcOffsetLabel,
  visitorLocalTime,
} from './visitor-context.ts';

describe('campaignOf', () => {
  it('reads the utm_* parameters and nothing else', () => {
    expect(
      campaignOf('https://shop.example/?utm_source=news&utm_medium=email&utm_campaign=winter&x=1'),
    ).toEqual({ utm_source: 'news', utm_medium: 'email', utm_campaign: 'winter' });
  });

  it('is empty for a URL without them or not a URL', () => {
    expect(campaignOf('https://shop.example/pricing')).toEqual({});
    expect(campaignOf('not a url')).toEqual({});
    expect(campaignOf('https://shop.example/?utm_source=')).toEqual({});
  });
});

describe('addVisitedPage', () => {
  const page = (n: number) => ({ url: `https://shop.example/${n}`, title: `Page ${n}`, at: n });

  it('appends the page and keeps the newest MAX_VISITED_PAGES', () => {
    let pages = [page(0)];
    for (let n = 1; n <= MAX_VISITED_PAGES + 5; n++) pages = addVisitedPage(pages, page(n));
    expect(pages).toHaveLength(MAX_VISITED_PAGES);
    expect(pages.at(-1)).toEqual(page(MAX_VISITED_PAGES + 5));
    expect(pages[0]).toEqual(page(6));
  });

  it('does not count a reload of the same page twice', () => {
    expect(addVisitedPage([page(1)], { ...page(1), at: 9 })).toEqual([page(1)]);
  });

  it('clips long addresses', () => {
    const [only] = addVisitedPage([], {
      url: `https://x.example/${'a'.repeat(2000)}`,
      title: '',
      at: 1,
    });
    expect(only!.url.length).toBe(1000);
  });
});

describe('visitorLocalTime', () => {
  const noon = new Date('2026-12-07T12:00:00Z');

  it('uses the time zone when known', () => {
    expect(visitorLocalTime({ timeZone: 'Asia/Tokyo', utcOffsetMinutes: 540 }, noon, 'en-GB')).toBe(
      '21:00',
    );
  });

  it('falls back to the UTC offset', () => {
    expect(
      visitorLocalTime({ timeZone: 'Nowhere/Else', utcOffsetMinutes: -330 }, noon, 'en-GB'),
    ).toBe('06:30');
    expect(visitorLocalTime({}, noon)).toBeUndefined();
  });

  it('labels offsets', () => {
    expect(utcOffsetLabel(120)).toBe('UTC+2');
    expect(utcOffsetLabel(-330)).toBe('UTC−5:30');
    expect(utcOffsetLabel(0)).toBe('UTC+0');
  });
});
