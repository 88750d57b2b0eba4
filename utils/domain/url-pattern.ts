// URL routing patterns (the seed manual's "website address" of a routing rule).
//
// Syntax: `host[:port][/path]`, optionally written with `http://` or `https://` (ignored).
// - `*` matches any run of characters, including none (in the host it also covers a port).
// - The host part must match the page's whole host; without a port in the pattern, any port
//   matches (`shop.example` matches `shop.example:8080`).
// - The path part is a prefix: `shop.example/help` matches `/help`, `/help/faq` and `/helpdesk`;
//   write `shop.example/help/` to exclude `/helpdesk`. No path = every page of the host.
// - Matching ignores case, the query string and the fragment.
// Examples: `shop.example`, `*.shop.example/pricing`, `127.0.0.1*/help*`.
//
// Specificity: when several patterns match, the one with the most literal (non-`*`) characters
// wins ("the longest matching pattern"); ties go to the longer pattern text, then the smaller id.

import type { Problem } from './problems.ts';
import { textSize } from './text.ts';

export const URL_PATTERN_MAX = 200;

interface ParsedPattern {
  host: RegExp;
  hostHasPort: boolean;
  path: RegExp | null;
  /** Literal characters: the specificity score. */
  literal: number;
}

interface PageLocation {
  hostname: string;
  hostWithPort: string;
  path: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, (char) => `\\${char}`);
}

function wildcardToRegExp(text: string, anchorEnd: boolean): RegExp {
  const body = text.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${body}${anchorEnd ? '$' : ''}`, 'i');
}

/** Strips the scheme and splits a pattern into its host and path parts. */
function splitPattern(pattern: string): { host: string; path: string | null } {
  const bare = pattern.trim().replace(SCHEME, '');
  const slash = bare.indexOf('/');
  if (slash === -1) return { host: bare, path: null };
  return { host: bare.slice(0, slash), path: bare.slice(slash) };
}

/** Why a pattern is unusable, in English and as a problem (problems.ts), or null when it is fine. */
export function urlPatternFailure(pattern: string): { message: string; problem: Problem } | null {
  const trimmed = pattern.trim();
  if (trimmed === '')
    return {
      message: 'Enter a website address, e.g. shop.example or shop.example/help.',
      problem: { kind: 'no-url-pattern' },
    };
  const length = textSize(trimmed);
  if (length > URL_PATTERN_MAX)
    return {
      message: `A website address can be at most ${URL_PATTERN_MAX} characters (it has ${length}).`,
      problem: { kind: 'too-long', field: 'urlPattern', max: URL_PATTERN_MAX, length },
    };
  if (/\s/.test(trimmed))
    return {
      message: 'A website address cannot contain spaces.',
      problem: { kind: 'has-spaces', field: 'urlPattern' },
    };
  const { host, path } = splitPattern(trimmed);
  if (host === '')
    return {
      message: 'Start the address with a host name, e.g. shop.example.',
      problem: { kind: 'no-host' },
    };
  if (!/^[\p{L}\p{N}.*:[\]_-]+$/u.test(host))
    return {
      message: `"${host}" is not a host name (letters, digits, dots, dashes, * and :port).`,
      problem: { kind: 'bad-host', host },
    };
  if (/[?#]/.test(path ?? ''))
    return {
      message: 'Leave out the query (?…) and fragment (#…) part.',
      problem: { kind: 'has-query' },
    };
  if (host.replace(/\*/g, '') === '' && (path ?? '').replace(/[*/]/g, '') === '')
    return {
      message: 'A pattern must name something: "*" alone would match every page.',
      problem: { kind: 'matches-everything' },
    };
  return null;
}

/** Why a pattern is unusable, in English, or null when it is fine. */
export function urlPatternError(pattern: string): string | null {
  return urlPatternFailure(pattern)?.message ?? null;
}

function parsePattern(pattern: string): ParsedPattern | null {
  if (urlPatternError(pattern) !== null) return null;
  const { host, path } = splitPattern(pattern);
  return {
    host: wildcardToRegExp(host, true),
    hostHasPort: /:[\d*]+$/.test(host),
    path: path === null ? null : wildcardToRegExp(path, false),
    literal: (host + (path ?? '')).replace(/\*/g, '').length,
  };
}

/** The page's host and path as routing sees them, or null for an unusable URL. */
export function parsePageUrl(pageUrl: string): PageLocation | null {
  const withScheme = SCHEME.test(pageUrl.trim()) ? pageUrl.trim() : `http://${pageUrl.trim()}`;
  try {
    const url = new URL(withScheme);
    if (url.hostname === '') return null;
    return {
      hostname: url.hostname.toLowerCase(),
      hostWithPort: url.host.toLowerCase(),
      path: safeDecode(url.pathname || '/'),
    };
  } catch {
    return null;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function matchesParsed(parsed: ParsedPattern, page: PageLocation): boolean {
  const hostMatches = parsed.hostHasPort
    ? parsed.host.test(page.hostWithPort)
    : parsed.host.test(page.hostname) || parsed.host.test(page.hostWithPort);
  if (!hostMatches) return false;
  return parsed.path === null || parsed.path.test(page.path);
}

/** Does `pattern` (syntax above) match the page? Invalid patterns and URLs never match. */
export function urlPatternMatches(pattern: string, pageUrl: string): boolean {
  const parsed = parsePattern(pattern);
  const page = parsePageUrl(pageUrl);
  return parsed !== null && page !== null && matchesParsed(parsed, page);
}

/** The most specific matching route (see the file comment), or null when none matches. */
export function mostSpecificRoute<R extends { id: string; pattern: string }>(
  routes: readonly R[],
  pageUrl: string,
): R | null {
  const page = parsePageUrl(pageUrl);
  if (page === null) return null;
  let best: { route: R; literal: number } | null = null;
  for (const route of routes) {
    const parsed = parsePattern(route.pattern);
    if (parsed === null || !matchesParsed(parsed, page)) continue;
    if (best === null || compare(route, parsed.literal, best.route, best.literal) < 0)
      best = { route, literal: parsed.literal };
  }
  return best?.route ?? null;
}

/** Negative when route a is more specific than route b. */
function compare(
  a: { id: string; pattern: string },
  aLiteral: number,
  b: { id: string; pattern: string },
  bLiteral: number,
): number {
  if (aLiteral !== bLiteral) return bLiteral - aLiteral;
  const aLength = a.pattern.trim().length;
  const bLength = b.pattern.trim().length;
  if (aLength !== bLength) return bLength - aLength;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
