import { describe, expect, it } from 'vitest';
import { directionOf, pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it('follows data-lang when Parley speaks it, whatever the browser says', () => {
    expect(pickLanguage('de', ['fr-FR'])).toBe('de');
    expect(pickLanguage('es-MX', [])).toBe('es');
  });

  it('falls back to the first browser language Parley speaks, then English', () => {
    expect(pickLanguage(undefined, ['nl-NL', 'fr-CA', 'de'])).toBe('fr');
    expect(pickLanguage('xx', ['it', 'pt'])).toBe('en');
    expect(pickLanguage('', [])).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf(pickLanguage('ar', []))).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
