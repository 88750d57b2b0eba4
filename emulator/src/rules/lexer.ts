/**
 * On-demand tokenizer: the parser asks for the token at an offset. Pull-based because path
 * literals (`/databases/$(db)/documents`) and match patterns are scanned as raw text by the
 * parser, which then resumes tokenizing after them.
 */
import type { SourcePos } from './ast.ts';
import { RulesCompileError } from './errors.ts';

export type TokenType = 'ident' | 'int' | 'float' | 'string' | 'bytes' | 'punct' | 'eof';

export interface Token {
  type: TokenType;
  /** Source text (for punct: the operator; for ident: the name). */
  text: string;
  value?: bigint | number | string | Uint8Array;
  pos: SourcePos;
  /** Offset just past the token. */
  end: number;
}

const PUNCTS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '!',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  ':',
  '?',
  '.',
  '=',
];

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  "'": 39,
  '"': 34,
  '`': 96,
  '?': 63,
};

export function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

export function isIdentPart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

export class Lexer {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  posAt(offset: number): SourcePos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset };
  }

  error(message: string, offset: number): never {
    throw new RulesCompileError(message, this.posAt(offset));
  }

  /** Offset of the first character that is neither whitespace nor inside a comment. */
  skipTrivia(offset: number): number {
    const s = this.source;
    let i = offset;
    for (;;) {
      while (i < s.length && /\s/.test(s[i]!)) i++;
      if (s.startsWith('//', i)) {
        while (i < s.length && s[i] !== '\n') i++;
      } else if (s.startsWith('/*', i)) {
        const close = s.indexOf('*/', i + 2);
        if (close < 0) this.error('Unterminated block comment.', i);
        i = close + 2;
      } else {
        return i;
      }
    }
  }

  /** The token starting at (or after trivia following) `offset`. */
  scan(offset: number): Token {
    const s = this.source;
    const start = this.skipTrivia(offset);
    const pos = this.posAt(start);
    if (start >= s.length) return { type: 'eof', text: '', pos, end: start };
    const c = s[start]!;

    const quoted = this.scanQuoted(start);
    if (quoted) return quoted;

    if (isIdentStart(c)) {
      let i = start + 1;
      while (isIdentPart(s[i])) i++;
      return { type: 'ident', text: s.slice(start, i), pos, end: i };
    }
    if (/[0-9]/.test(c)) return this.scanNumber(start);
    for (const p of PUNCTS) {
      if (s.startsWith(p, start)) return { type: 'punct', text: p, pos, end: start + p.length };
    }
    return this.error(`Unexpected character ${JSON.stringify(c)}.`, start);
  }

  private scanNumber(start: number): Token {
    const s = this.source;
    const pos = this.posAt(start);
    let i = start;
    if (/^0[xX][0-9a-fA-F]/.test(s.slice(start, start + 3))) {
      i += 2;
      while (/[0-9a-fA-F]/.test(s[i] ?? '')) i++;
      const value = BigInt(s.slice(start, i));
      if (s[i] === 'u' || s[i] === 'U') i++;
      return { type: 'int', text: s.slice(start, i), value, pos, end: i };
    }
    while (/[0-9]/.test(s[i] ?? '')) i++;
    let isFloat = false;
    if (s[i] === '.' && /[0-9]/.test(s[i + 1] ?? '')) {
      isFloat = true;
      i++;
      while (/[0-9]/.test(s[i] ?? '')) i++;
    }
    if ((s[i] === 'e' || s[i] === 'E') && /^[eE][+-]?[0-9]/.test(s.slice(i, i + 3))) {
      isFloat = true;
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      while (/[0-9]/.test(s[i] ?? '')) i++;
    }
    const text = s.slice(start, i);
    if (isFloat) return { type: 'float', text, value: Number(text), pos, end: i };
    const value = BigInt(text);
    if (s[i] === 'u' || s[i] === 'U') i++;
    return { type: 'int', text, value, pos, end: i };
  }

  /** Strings and bytes with optional r/b prefixes and single, double or triple quotes. */
  private scanQuoted(start: number): Token | null {
    const s = this.source;
    const prefix = /^(?:[rR][bB]?|[bB][rR]?)?(?='|")/.exec(s.slice(start, start + 3));
    if (!prefix) return null;
    const flags = prefix[0].toLowerCase();
    const raw = flags.includes('r');
    const bytes = flags.includes('b');
    let i = start + prefix[0].length;
    const q = s[i]!;
    const triple = s.startsWith(q.repeat(3), i);
    const closer = triple ? q.repeat(3) : q;
    i += closer.length;
    const out: number[] = []; // code points for strings, byte values for bytes
    const pushChar = (cp: number) => {
      if (bytes) out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      else out.push(cp);
    };
    for (;;) {
      if (i >= s.length || (!triple && s[i] === '\n'))
        this.error('Unterminated string literal.', start);
      if (s.startsWith(closer, i)) {
        i += closer.length;
        break;
      }
      const ch = s.codePointAt(i)!;
      if (ch !== 92 || raw) {
        pushChar(ch);
        i += ch > 0xffff ? 2 : 1;
        continue;
      }
      const e = s[i + 1];
      if (e === undefined) this.error('Unterminated string literal.', start);
      if (e in SIMPLE_ESCAPES) {
        pushChar(SIMPLE_ESCAPES[e]!);
        i += 2;
      } else if (e === 'x' || e === 'X') {
        const hex = s.slice(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
          this.error('Invalid \\x escape: two hex digits expected.', i);
        // A raw byte in bytes literals, the code point U+00HH in strings.
        out.push(Number.parseInt(hex, 16));
        i += 4;
      } else if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.error(`Invalid \\${e} escape.`, i);
        const cp = Number.parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          this.error('Invalid code point in escape.', i);
        pushChar(cp);
        i += 2 + n;
      } else if (/[0-3]/.test(e)) {
        const oct = s.slice(i + 1, i + 4);
        if (!/^[0-3][0-7]{2}$/.test(oct))
          this.error('Invalid octal escape: three digits expected.', i);
        out.push(Number.parseInt(oct, 8));
        i += 4;
      } else {
        this.error(`Invalid escape sequence \\${e}.`, i);
      }
    }
    const pos = this.posAt(start);
    const text = s.slice(start, i);
    if (bytes) return { type: 'bytes', text, value: new Uint8Array(out), pos, end: i };
    return { type: 'string', text, value: String.fromCodePoint(...out), pos, end: i };
  }
}
