import { describe, expect, it } from 'vitest';
import { historyWords, MAX_HISTORY_WORDS, wordsOf } from './search-words.ts';

describe('wordsOf', () => {
  it('folds case and accents and splits CJK into characters', () => {
    expect(wordsOf('Café RÉSUMÉ, naïve!')).toEqual(['cafe', 'resume', 'naive']);
    expect(wordsOf('注文番号')).toEqual(['注', '文', '番', '号']);
    expect(wordsOf('  ')).toEqual([]);
  });
  it('drops runs longer than a word a person would type', () => {
    expect(wordsOf(`ok ${'x'.repeat(41)}`)).toEqual(['ok']);
  });
});

describe('historyWords', () => {
  it('keeps the visitor’s name and email words with their prefixes, then message words', () => {
    const words = historyWords({ name: 'Zoë Ng', email: 'zoe@shop.test' }, [
      'Where is my refund?',
      'The REFUND left today',
    ]);
    expect(words.slice(0, 4)).toEqual(['zo', 'zoe', 'ng', 'sh']);
    expect(words).toEqual(expect.arrayContaining(['shop', 'test', 'refund', 'today', 'where']));
    expect(words.filter((w) => w === 'refund')).toHaveLength(1);
  });
  it('never keeps more than MAX_HISTORY_WORDS words, name words first', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const words = historyWords({ name: 'Ada' }, texts);
    expect(words).toHaveLength(MAX_HISTORY_WORDS);
    expect(words.slice(0, 2)).toEqual(['ad', 'ada']);
  });
  it('finds a name by what a search box folds it to', () => {
    const words = historyWords({ name: 'Ñandú Pérez' }, []);
    for (const typed of wordsOf('NANDU perez')) expect(words).toContain(typed);
  });
});
