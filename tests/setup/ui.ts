import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import english from '../../public/_locales/en/messages.json';
import { type Catalogue, formatMessage } from '../../utils/i18n-format.ts';

// WXT's fake browser has no i18n: answer getMessage from the English catalogue, filled in by the
// browsers' rules (utils/i18n-format.ts), so components render the words a real browser shows.
const catalogue: Catalogue = english;
fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) => {
  const entry = catalogue[name];
  return entry ? formatMessage(entry, [substitutions ?? []].flat().map(String)) : '';
};
