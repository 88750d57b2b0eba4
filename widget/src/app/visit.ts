import type { VisitorPage } from '../../../utils/domain/model.ts';
import {
  addVisitedPage,
  CONTEXT_LIMITS,
  campaignOf,
} from '../../../utils/domain/visitor-context.ts';

/** What the widget knows about the visitor's browser and how they arrived, on this page. */
export interface VisitEnvironment {
  userAgent: string;
  language: string;
  timeZone?: string;
  /** minutes east of UTC */
  utcOffsetMinutes: number;
  title: string;
  /** the first page of this visit, as the loader noted it (see loader.ts) */
  arrival?: { referrer?: string; landingUrl?: string };
}

/** The visitor context document as the widget writes it (the backend adds server time). */
export interface VisitInput {
  userAgent: string;
  language: string;
  timeZone?: string;
  utcOffsetMinutes: number;
  page: VisitorPage;
  pages: VisitorPage[];
  referrer?: string;
  landingUrl?: string;
  campaign?: Record<string, string>;
}

const clip = (text: string | undefined, max: number) => (text ? text.slice(0, max) : undefined);

/**
 * The context after arriving on `pageUrl`: this page added to the chat's pages (the newest
 * MAX_VISITED_PAGES), the arrival's referrer and utm_* parameters (else this page's).
 */
export function visitInput(
  env: VisitEnvironment,
  page: { pageUrl: string; referrer?: string },
  pages: readonly VisitorPage[],
  now: number,
): VisitInput {
  const current: VisitorPage = {
    url: page.pageUrl.slice(0, CONTEXT_LIMITS.url),
    title: env.title.slice(0, CONTEXT_LIMITS.title),
    at: now,
  };
  const landingUrl = clip(env.arrival?.landingUrl ?? page.pageUrl, 2048);
  const referrer = clip(env.arrival ? env.arrival.referrer : page.referrer, 2048);
  const campaign = landingUrl ? campaignOf(landingUrl) : {};
  return {
    userAgent: env.userAgent.slice(0, CONTEXT_LIMITS.userAgent),
    language: env.language.slice(0, CONTEXT_LIMITS.language),
    ...(env.timeZone ? { timeZone: env.timeZone.slice(0, 64) } : {}),
    utcOffsetMinutes: env.utcOffsetMinutes,
    page: current,
    pages: addVisitedPage(pages, current),
    ...(referrer ? { referrer } : {}),
    ...(landingUrl ? { landingUrl } : {}),
    ...(Object.keys(campaign).length > 0 ? { campaign } : {}),
  };
}

/** This page's environment, read from the browser (the arrival from the loader's note). */
export function browserEnvironment(arrivalKey: string): VisitEnvironment {
  let arrival: VisitEnvironment['arrival'];
  try {
    const noted = JSON.parse(sessionStorage.getItem(arrivalKey) ?? 'null') as {
      referrer?: unknown;
      landingUrl?: unknown;
    } | null;
    if (noted && typeof noted.landingUrl === 'string') {
      arrival = {
        landingUrl: noted.landingUrl,
        ...(typeof noted.referrer === 'string' && noted.referrer
          ? { referrer: noted.referrer }
          : {}),
      };
    }
  } catch {
    // storage blocked or garbled: no arrival
  }
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return {
    userAgent: navigator.userAgent,
    language: navigator.language ?? '',
    ...(timeZone ? { timeZone } : {}),
    // `|| 0`: UTC gives -0, which Firestore stores as a double and the rules refuse as no int.
    utcOffsetMinutes: -new Date().getTimezoneOffset() || 0,
    title: document.title,
    ...(arrival ? { arrival } : {}),
  };
}
