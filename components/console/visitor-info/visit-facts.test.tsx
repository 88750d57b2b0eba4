import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { visitorContextFromData } from '../../../utils/data/collections/visitor-contexts.ts';
import { VisitFacts } from './visit-facts.tsx';

afterEach(cleanup);

const page = (n: number, title: string) => ({
  url: `https://shop.example/${n}`,
  title,
  at: Date.parse('2026-12-07T12:00:00Z') + n * 60_000,
});

describe('VisitFacts', () => {
  it('shows the browser, the page now, the pages of the chat and how the visitor arrived', () => {
    const context = visitorContextFromData('visitor', {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
      language: 'fr-FR',
      timeZone: 'Europe/Paris',
      utcOffsetMinutes: 60,
      page: page(2, 'Pricing'),
      pages: [page(1, 'Home'), page(2, 'Pricing')],
      referrer: 'https://search.example/?q=lamps',
      campaign: { utm_source: 'newsletter', utm_campaign: 'winter' },
    });
    const { container } = render(
      <dl>
        <VisitFacts context={context} />
      </dl>,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Now onPricing');
    expect(text).toContain('BrowserSafari 17 on iOS 17.2 (mobile)');
    expect(text).toContain('Languagefr-FR');
    expect(text).toMatch(/Local time\d{1,2}:\d{2}( [AP]M)? \(Europe\/Paris\)/);
    expect(text).toContain('Arrived fromhttps://search.example/?q=lamps');
    expect(text).toContain('Campaignsource: newsletter, campaign: winter');
    const pages = container.querySelectorAll('ol.visited-pages li');
    expect([...pages].map((li) => li.querySelector('a')?.textContent)).toEqual(['Home', 'Pricing']);
  });

  it('says "direct" for a visit without a referrer', () => {
    const context = visitorContextFromData('visitor', {
      userAgent: '',
      language: '',
      page: page(1, ''),
      pages: [page(1, '')],
    });
    const { container } = render(
      <dl>
        <VisitFacts context={context} />
      </dl>,
    );
    expect(container.textContent).toContain('Arrived fromdirect');
    expect(container.textContent).toContain('BrowserUnknown on Unknown');
  });
});
