import { describe, expect, it } from 'vitest';
import { LAUNCHER_WORDS } from '../loader/launcher.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { en } from './messages.ts';

const catalogues = { de, es, fr, ar };

describe('the widget message catalogues', () => {
  it.each(Object.entries(catalogues))('%s translates every sentence', (_name, messages) => {
    for (const [key, english] of Object.entries(en)) {
      const translated = messages[key as keyof typeof en];
      expect(typeof translated, key).toBe(typeof english);
      if (typeof english === 'string') {
        expect(translated, key).not.toBe('');
        // "Chat" reads the same in some languages; whole sentences never do.
        if (english.length > 12) expect(translated, key).not.toBe(english);
      }
    }
  });

  it("agrees with the loader's launcher label", () => {
    for (const [language, messages] of Object.entries({ en, ...catalogues })) {
      expect(LAUNCHER_WORDS[language as keyof typeof LAUNCHER_WORDS][1]).toBe(messages.openChat);
    }
  });

  it('formats counts and limits in every language', () => {
    for (const messages of [en, ...Object.values(catalogues)]) {
      expect(messages.openChatUnread(3)).toContain('3');
      expect(messages.tooLong(messages.fieldName, 80, 95)).toMatch(/80[\s\S]*95/);
    }
  });
});
