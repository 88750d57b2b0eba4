/**
 * Which language the widget speaks: the embed's `data-lang` when Parley has it, else the first
 * of the visitor's browser languages it has, else English. Shared by the loader (its launcher
 * label) and the app, so it stays tiny.
 */
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const RIGHT_TO_LEFT: readonly string[] = ['ar', 'he', 'fa', 'ur'];

function known(tag: string | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

export function pickLanguage(requested: string | undefined, browser: readonly string[]): Language {
  const wanted = known(requested);
  if (wanted) return wanted;
  for (const tag of browser) {
    const language = known(tag);
    if (language) return language;
  }
  return 'en';
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';
}

/** The visitor's browser languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
