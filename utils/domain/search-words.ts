/**
 * Words for search, folded the same way wherever they are made or matched: the console's local
 * search (IndexedDB) and the history summaries the functions write at close (matched by Firestore's
 * array-contains, so the folding of a query and of the stored words must agree exactly).
 */

/** Scripts written without spaces: each character is a word, so a search can find them. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/** Longer runs are ids, hashes or junk, never something a person types to find a chat. */
export const MAX_WORD_LENGTH = 40;

/** Words of a text, folded for matching: lower case, accents removed, letters and digits only. */
export function wordsOf(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und');
  const words = new Set<string>();
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (UNSPACED.test(word)) {
      for (const char of word) words.add(char);
    } else if (word.length <= MAX_WORD_LENGTH) {
      words.add(word);
    }
  }
  return [...words];
}

/** The most words a history summary keeps (Firestore indexes each; a document stays small). */
export const MAX_HISTORY_WORDS = 200;
/** Shortest prefix of a visitor's name or email kept, so "zo" finds Zoë before she is typed out. */
const MIN_PREFIX = 2;

function prefixesOf(word: string): string[] {
  const out: string[] = [];
  for (let end = MIN_PREFIX; end <= word.length; end++) out.push(word.slice(0, end));
  return out;
}

/**
 * The bounded word list of a closed chat's summary: the visitor's name and email words with
 * their prefixes first (what people search for most), then the words of the messages in the
 * order they were first written, until MAX_HISTORY_WORDS.
 */
export function historyWords(
  visitor: { name: string; email?: string },
  messageTexts: readonly string[],
): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    if (words.size < MAX_HISTORY_WORDS) words.add(word);
  };
  for (const word of wordsOf(`${visitor.name} ${visitor.email ?? ''}`)) {
    for (const prefix of prefixesOf(word)) add(prefix);
    add(word);
  }
  for (const text of messageTexts) {
    for (const word of wordsOf(text)) add(word);
    if (words.size >= MAX_HISTORY_WORDS) break;
  }
  return [...words];
}
