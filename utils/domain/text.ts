/**
 * Text hygiene shared by every place that accepts typed text (composer, widget, admin forms) and
 * by the functions that re-check it. Lengths are counted as firestore.rules counts them (textSize),
 * so a text the client accepts is never refused by the rules.
 */

/** C0/C1 control characters except tab and newline, plus BOM and other invisible junk. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\uFFF9-\uFFFB]/g;

/**
 * Bidirectional embedding/override/isolate controls. Legitimate right-to-left text never needs
 * them (the Unicode bidi algorithm handles Arabic and Hebrew by itself), while an unbalanced
 * override can make a message or a name display reversed ("Trojan Source" style spoofing).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A lone UTF-16 surrogate (invalid on the wire; Firestore rejects such strings). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text's size as Security Rules' `string.size()` counts it: UTF-16 code units, so '👍' is 2 and
 * 'é' is 1 (Google's rules engine, the one production runs; see docs/adr-002-google-firestore-emulator.md).
 * Every limit that firestore.rules also enforces is checked with this measure.
 */
export function textSize(text: string): number {
  return text.length;
}

/** At most `max` UTF-16 code units (textSize), never splitting a surrogate pair. */
export function truncateToSize(text: string, max: number): string {
  if (max <= 0) return '';
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * Normalizes multi-line text (a chat message, a canned response): NFC, \r\n and \r become \n,
 * control and bidi-override characters and lone surrogates are removed, trailing spaces on each
 * line and blank lines at both ends are dropped, and runs of more than two blank lines shrink to
 * two. Emoji (including ZWJ sequences), combining marks and right-to-left scripts are kept.
 */
export function normalizeMultiline(input: string): string {
  const cleaned = input
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\t/g, '    ');
  const lines = cleaned.split('\n').map((line) => line.replace(/\s+$/u, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n').replace(/\n{4,}/g, '\n\n\n');
}

/**
 * Normalizes single-line text (a name, an email, a shortcut): as normalizeMultiline, and every
 * run of whitespace (including newlines and non-breaking spaces) becomes one space, trimmed.
 */
export function normalizeSingleLine(input: string): string {
  return input
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/[\s\u200B]+/gu, ' ')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/** True when nothing visible would remain. */
export function isBlank(input: string): boolean {
  return normalizeMultiline(input).replace(/[\s\u200B-\u200D\u2060]/gu, '') === '';
}

/**
 * A key for comparing names the way people do: NFKC (full-width and compatibility forms fold),
 * case folded, whitespace collapsed. 'ZOË', 'zoë' and 'Zoe\u0308' compare equal; 'Zoe' does not.
 */
export function foldForComparison(input: string): string {
  return normalizeSingleLine(input).normalize('NFKC').toLocaleLowerCase('und');
}
