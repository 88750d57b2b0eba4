/**
 * The extension's own UI strings, from its message catalogue through browser.i18n (the
 * WebExtensions i18n API: public/_locales/<lang>/messages.json, English first; Chrome and
 * Firefox pick the browser's language). `t('key', …substitutions)` is typed by the keys of the
 * English catalogue, so a missing or misspelt key fails the typecheck; the convention test
 * tests/conventions/ui-strings.test.ts keeps components from rendering literal English.
 */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
 * The message `key` with `substitutions` for its placeholders ($1…$9, in order). Where the
 * browser has no such message (a page left open across an update), the key itself: visible, never
 * an empty label.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  let message = '';
  try {
    // WXT types getMessage from the catalogue as of its last `wxt prepare`; MessageKey reads the
    // catalogue itself, so a key added since is already typed here.
    const i18n = browser.i18n as unknown as { getMessage(name: string, values?: string[]): string };
    message = i18n.getMessage(key, substitutions.map(String));
  } catch {
    // No i18n API in this context: fall through to the key.
  }
  return message || key;
}
