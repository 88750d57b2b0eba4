import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import english from '../../public/_locales/en/messages.json';
import { type Catalogue, formatMessage } from '../../utils/i18n-format.ts';
import { loadLanguage } from '../../widget/src/i18n/index.ts';

// WXT's fake browser has no i18n: answer getMessage from the English catalogue, filled in by the
// browsers' rules (utils/i18n-format.ts), so components render the words a real browser shows.
const catalogue: Catalogue = english;
fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) => {
  const entry = catalogue[name];
  return entry ? formatMessage(entry, [substitutions ?? []].flat().map(String)) : '';
};

// Test files share one module graph per worker (the ui project runs without isolation: per-file
// isolation cost 80 s of setup for 4 s of tests). The widget's language is module state, so a
// test that switches it must not leave the next file speaking Arabic.
afterEach(() => loadLanguage('en'));
