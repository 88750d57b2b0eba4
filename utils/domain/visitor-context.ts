/**
 * What the console's Visitor info shows about a visitor's browser and visit (ADR 010): the
 * widget collects it, writes it to `chats/{id}/context/visitor` (one write a page) and the
 * operator's chat view reads it. Pure helpers for both sides.
 */
import type { VisitorContext, VisitorPage } from './model.ts';

/** How many pages of the chat Visitor info keeps (the newest; the rules refuse longer lists). */
export const MAX_VISITED_PAGES = 20;
export const CONTEXT_LIMITS = { url: 1000, title: 200, userAgent: 500, language: 35 } as const;

export const CAMPAIGN_KEYS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;
export type CampaignKey = (typeof CAMPAIGN_KEYS)[number];

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The utm_* parameters of a URL (empty when it has none or isn't a URL). */
export function campaignOf(url: string): Partial<Record<CampaignKey, string>> {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return {};
  }
  const campaign: Partial<Record<CampaignKey, string>> = {};
  for (const key of CAMPAIGN_KEYS) {
    const value = params.get(key)?.trim();
    if (value) campaign[key] = clip(value, 200);
  }
  return campaign;
}

/**
 * The list after visiting `page`: the newest MAX_VISITED_PAGES, oldest first. A reload of the
 * page the visitor is on is not a new visit.
 */
export function addVisitedPage(pages: readonly VisitorPage[], page: VisitorPage): VisitorPage[] {
  const clean = {
    url: clip(page.url, CONTEXT_LIMITS.url),
    title: clip(page.title, 200),
    at: page.at,
  };
  if (pages.at(-1)?.url === clean.url) return [...pages];
  return [...pages, clean].slice(-MAX_VISITED_PAGES);
}

/**
 * The visitor's wall-clock time now, e.g. "14:05", in their time zone (or from their UTC offset
 * when the zone is unknown to this browser); undefined when neither is known.
 */
export function visitorLocalTime(
  context: Pick<VisitorContext, 'timeZone' | 'utcOffsetMinutes'>,
  now: Date,
  locale?: string,
): string | undefined {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (context.timeZone) {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: context.timeZone }).format(
        now,
      );
    } catch {
      // an unknown zone name: fall back to the offset
    }
  }
  if (context.utcOffsetMinutes === undefined) return undefined;
  const shifted = new Date(now.getTime() + context.utcOffsetMinutes * 60_000);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(shifted);
}

/** "UTC+2", "UTC−5:30" for an offset in minutes east of UTC. */
export function utcOffsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
