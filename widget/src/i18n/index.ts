import type { Language } from './language.ts';
import { en, type Messages } from './messages.ts';

export type { Messages };

/** Only the visitor's language is downloaded; English is built in. */
const CATALOGUES: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de.ts').then((module) => module.de),
  es: () => import('./es.ts').then((module) => module.es),
  fr: () => import('./fr.ts').then((module) => module.fr),
  ar: () => import('./ar.ts').then((module) => module.ar),
};

let current: Messages = en;
let currentLanguage: Language = 'en';

/** The widget's sentences in the chosen language (set once, before the first render). */
export function t(): Messages {
  return current;
}

export function language(): Language {
  return currentLanguage;
}

/** Loads and switches to `language`; English when its catalogue cannot be fetched. */
export async function useLanguage(language: Language): Promise<void> {
  try {
    current = language === 'en' ? en : await CATALOGUES[language]();
    currentLanguage = language;
  } catch {
    current = en;
    currentLanguage = 'en';
  }
}
