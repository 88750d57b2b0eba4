import type { Language } from '../i18n/language.ts';

/** What the loader needs besides its logic: kept apart so the app can reuse the names. */

export const HOST_TAG = 'parley-widget';

/** localStorage key set while the visitor has the panel open (see loader.ts). */
export const openKey = (workspace: string) => `parley:${workspace}:open`;

/** sessionStorage key: the first page of this visit and its referrer (Visitor info, ADR 010). */
export const arrivalKey = (workspace: string) => `parley:${workspace}:arrival`;

/** Notes where this visit (this tab's session) arrived, once, on its first page. */
export function noteArrival(workspace: string): void {
  try {
    if (sessionStorage.getItem(arrivalKey(workspace))) return;
    const arrival = { referrer: document.referrer, landingUrl: location.href };
    sessionStorage.setItem(arrivalKey(workspace), JSON.stringify(arrival));
  } catch {
    // storage blocked: Visitor info shows the chat's first page instead
  }
}

export function isOpenRemembered(workspace: string): boolean {
  try {
    return localStorage.getItem(openKey(workspace)) === '1';
  } catch {
    return false; // storage blocked (privacy settings): just start closed
  }
}

/**
 * What the launcher shows of the admin's look (utils/domain/widget-look.ts) before the app is
 * loaded: the accent colour and the corner. The app remembers them here after each widgetStatus
 * (localStorage, per site), so a returning visitor's pages draw the launcher in the site's look
 * at once; before a visitor's first open the launcher is the neutral default (ADR 011).
 */
export interface LauncherLook {
  accent?: string;
  position?: 'right' | 'left';
}

export const lookKey = (workspace: string) => `parley:${workspace}:look`;

export function rememberedLook(workspace: string): LauncherLook {
  try {
    const stored = JSON.parse(localStorage.getItem(lookKey(workspace)) ?? '{}') as LauncherLook;
    // Written by the app from a checked look; checked again, as anything in the page's storage.
    return {
      ...(/^#[0-9a-f]{6}$/.test(stored.accent ?? '') ? { accent: stored.accent } : {}),
      ...(stored.position === 'left' ? { position: 'left' } : {}),
    };
  } catch {
    return {}; // storage blocked or garbled: the neutral launcher
  }
}

/**
 * The host element's own style, inline and !important: the page's stylesheets can target the
 * host element (and would beat a :host rule), never its shadow content. `all: initial` also
 * stops the page's inherited styles (font, colour, line-height, direction…) from reaching in.
 */
export const hostStyle = (position: LauncherLook['position']) =>
  `all:initial!important;display:block!important;position:fixed!important;z-index:2147483000!important;${position === 'left' ? 'left' : 'right'}:20px!important;bottom:20px!important;width:auto!important;height:auto!important`;

/** Puts the look on the host (its corner) and the launcher (its colour, a CSS variable). */
export function paintLauncher(host: HTMLElement, launcher: HTMLElement, look: LauncherLook) {
  host.style.cssText = hostStyle(look.position);
  if (look.accent) launcher.style.setProperty('--accent', look.accent);
  else launcher.style.removeProperty('--accent');
}

export const FONT =
  'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"';

export const LAUNCHER_CSS = `.launcher{all:unset;box-sizing:border-box;display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;border-radius:26px;background:var(--accent,#3559e0);color:#fff;font:600 15px/1 ${FONT};cursor:pointer;box-shadow:0 6px 20px rgba(20,30,80,.3)}
.launcher:hover{filter:brightness(.88)}
.launcher:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.launcher[aria-busy=true]{opacity:.8;cursor:progress}
.launcher svg{width:24px;height:24px;fill:currentColor}`;

export const LAUNCHER_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';

/**
 * The launcher's own words, [shown, accessible name], before the app and its catalogue load
 * (the catalogues' `openChat` says the same; catalogues.test.ts keeps them equal).
 */
export const LAUNCHER_WORDS: Record<Language, readonly [string, string]> = {
  en: ['Chat', 'Open chat'],
  de: ['Chat', 'Chat öffnen'],
  es: ['Chat', 'Abrir el chat'],
  fr: ['Discuter', 'Ouvrir la discussion'],
  ar: ['محادثة', 'فتح المحادثة'],
};
