/**
 * Recursive-descent parser for rules expressions. Precedence, loosest first (Firebase's table):
 *   ?:   ||   &&   == !=   is   in   < <= > >=   + -   * / %   unary ! -   . [] [:] ()
 */
import type { BinaryOp, Expr, PathPart, SourcePos } from './ast.ts';
import { RulesCompileError } from './errors.ts';
import { Lexer, type Token } from './lexer.ts';
import { checkInt, IS_TYPE_NAMES } from './values.ts';

/**
 * Characters a path-literal segment may contain besides `$(...)` interpolations. Operators
 * (`:` `=` `!` `*` ...) are excluded so that `c ? /a/b: /c/d` and `/a/b==p` still parse.
 */
const PATH_CHAR = /[A-Za-z0-9_\-.~%@+]/;
/** Hard-coded database ids: `/databases/(default)/documents/...`. */
const DEFAULT_DB = '(default)';

export class ExprParser {
  protected readonly lex: Lexer;
  protected cur: Token;

  constructor(source: string) {
    this.lex = new Lexer(source);
    this.cur = this.lex.scan(0);
  }

  // ---- token helpers -------------------------------------------------------------------------

  protected advance(): Token {
    const t = this.cur;
    this.cur = this.lex.scan(t.end);
    return t;
  }

  protected peek(): Token {
    return this.lex.scan(this.cur.end);
  }

  protected isPunct(text: string): boolean {
    return this.cur.type === 'punct' && this.cur.text === text;
  }

  protected isWord(text: string): boolean {
    return this.cur.type === 'ident' && this.cur.text === text;
  }

  protected describe(t: Token): string {
    return t.type === 'eof' ? 'end of file' : `'${t.text}'`;
  }

  protected errorAt(t: Token, message: string): never {
    throw new RulesCompileError(message, t.pos);
  }

  protected expectPunct(text: string, context?: string): Token {
    if (!this.isPunct(text)) {
      this.errorAt(
        this.cur,
        `Expected '${text}'${context ? ` ${context}` : ''} but found ${this.describe(this.cur)}.`,
      );
    }
    return this.advance();
  }

  protected expectWord(text: string): Token {
    if (!this.isWord(text))
      this.errorAt(this.cur, `Expected '${text}' but found ${this.describe(this.cur)}.`);
    return this.advance();
  }

  protected expectIdent(what: string): Token {
    if (this.cur.type !== 'ident')
      this.errorAt(this.cur, `Expected ${what} but found ${this.describe(this.cur)}.`);
    return this.advance();
  }

  /** For parsing a lone expression: nothing may follow it. */
  assertEnd(): void {
    if (this.cur.type !== 'eof')
      this.errorAt(this.cur, `Unexpected ${this.describe(this.cur)} after the expression.`);
  }

  // ---- expressions ---------------------------------------------------------------------------

  parseExpr(): Expr {
    const cond = this.parseBinary(0);
    if (!this.isPunct('?')) return cond;
    const pos = this.advance().pos;
    const then = this.parseExpr();
    this.expectPunct(':', 'in conditional expression');
    const otherwise = this.parseExpr();
    return { kind: 'ternary', cond, then, otherwise, pos };
  }

  private static readonly LEVELS: readonly (readonly string[])[] = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['is'],
    ['in'],
    ['<', '<=', '>', '>='],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  private matchOperator(level: number): string | null {
    const ops = ExprParser.LEVELS[level]!;
    const t = this.cur;
    if ((t.type === 'punct' || t.type === 'ident') && ops.includes(t.text)) return t.text;
    return null;
  }

  private parseBinary(level: number): Expr {
    if (level >= ExprParser.LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const op = this.matchOperator(level);
      if (!op) return left;
      const opToken = this.advance();
      if (op === 'is') {
        const typeToken = this.expectIdent("a type name after 'is'");
        if (!IS_TYPE_NAMES.has(typeToken.text))
          this.errorAt(typeToken, `Unknown type '${typeToken.text}' after 'is'.`);
        left = { kind: 'is', operand: left, typeName: typeToken.text, pos: opToken.pos };
        continue;
      }
      const right = this.parseBinary(level + 1);
      left = { kind: 'binary', op: op as BinaryOp, left, right, pos: opToken.pos };
    }
  }

  /** `negated`: directly under a unary minus, where 9223372036854775808 is still in range. */
  private parseUnary(negated = false): Expr {
    if (this.isPunct('!')) {
      const pos = this.advance().pos;
      return { kind: 'unary', op: '!', operand: this.parseUnary(), pos };
    }
    if (this.isPunct('-')) {
      const pos = this.advance().pos;
      const operand = this.parseUnary(true);
      // Fold negative literals so that -9223372036854775808 is representable.
      if (operand.kind === 'literal' && typeof operand.value === 'bigint')
        return { kind: 'literal', value: this.intLiteral(-operand.value, pos), pos };
      if (operand.kind === 'literal' && typeof operand.value === 'number')
        return { kind: 'literal', value: -operand.value, pos };
      return { kind: 'unary', op: '-', operand, pos };
    }
    const e = this.parsePostfix();
    if (!negated && e.kind === 'literal' && typeof e.value === 'bigint')
      this.intLiteral(e.value, e.pos);
    return e;
  }

  private intLiteral(v: bigint, pos: SourcePos): bigint {
    try {
      return checkInt(v);
    } catch {
      throw new RulesCompileError('Integer literal out of 64-bit range.', pos);
    }
  }

  private parsePostfix(): Expr {
    let e = this.parsePrimary();
    for (;;) {
      if (this.isPunct('.')) {
        this.advance();
        const name = this.expectIdent("a field or method name after '.'");
        e = { kind: 'member', object: e, name: name.text, pos: name.pos };
      } else if (this.isPunct('[')) {
        const pos = this.advance().pos;
        e = this.parseIndexOrSlice(e, pos);
      } else if (this.isPunct('(')) {
        const pos = this.cur.pos;
        if (e.kind !== 'ident' && e.kind !== 'member')
          this.errorAt(this.cur, 'Only functions and methods can be called.');
        this.advance();
        const args = this.parseList(')', 'argument');
        e = { kind: 'call', callee: e, args, pos: e.kind === 'member' ? e.pos : pos };
        if (e.kind === 'call' && e.callee.kind === 'ident') e.pos = e.callee.pos;
      } else {
        return e;
      }
    }
  }

  private parseIndexOrSlice(object: Expr, pos: SourcePos): Expr {
    let start: Expr | undefined;
    if (!this.isPunct(':')) start = this.parseExpr();
    if (this.isPunct(':')) {
      this.advance();
      const end = this.isPunct(']') ? undefined : this.parseExpr();
      this.expectPunct(']', 'to close the slice');
      return { kind: 'slice', object, start, end, pos };
    }
    this.expectPunct(']', 'to close the index');
    return { kind: 'index', object, index: start!, pos };
  }

  /** Comma-separated expressions up to `close` (trailing comma allowed). */
  private parseList(close: string, what: string): Expr[] {
    const items: Expr[] = [];
    while (!this.isPunct(close)) {
      if (this.cur.type === 'eof')
        this.errorAt(this.cur, `Expected '${close}' but found end of file.`);
      items.push(this.parseExpr());
      if (!this.isPunct(',')) break;
      this.advance();
    }
    this.expectPunct(close, `after ${what}s`);
    return items;
  }

  private parsePrimary(): Expr {
    const t = this.cur;
    switch (t.type) {
      case 'int':
      case 'float':
      case 'string':
      case 'bytes':
        this.advance();
        return { kind: 'literal', value: t.value!, pos: t.pos };
      case 'ident':
        this.advance();
        if (t.text === 'true' || t.text === 'false')
          return { kind: 'literal', value: t.text === 'true', pos: t.pos };
        if (t.text === 'null') return { kind: 'literal', value: null, pos: t.pos };
        return { kind: 'ident', name: t.text, pos: t.pos };
      case 'punct':
        break;
      default:
        return this.errorAt(t, `Expected an expression but found ${this.describe(t)}.`);
    }
    if (t.text === '(') {
      this.advance();
      const e = this.parseExpr();
      this.expectPunct(')', 'to close the parenthesis');
      return e;
    }
    if (t.text === '[') {
      this.advance();
      return { kind: 'list', items: this.parseList(']', 'list item'), pos: t.pos };
    }
    if (t.text === '{') {
      this.advance();
      return this.parseMapBody(t.pos);
    }
    if (t.text === '/') return this.parsePathLiteral();
    return this.errorAt(t, `Expected an expression but found ${this.describe(t)}.`);
  }

  private parseMapBody(pos: SourcePos): Expr {
    const entries: { key: Expr; value: Expr }[] = [];
    while (!this.isPunct('}')) {
      const key = this.parseExpr();
      this.expectPunct(':', 'after map key');
      const value = this.parseExpr();
      entries.push({ key, value });
      if (!this.isPunct(',')) break;
      this.advance();
    }
    this.expectPunct('}', 'to close the map');
    return { kind: 'map', entries, pos };
  }

  /** `/seg/$(expr)/pre$(expr)suf/...`, scanned as raw text because `/` is also division. */
  private parsePathLiteral(): Expr {
    const src = this.lex.source;
    const pos = this.cur.pos;
    let i = pos.offset;
    const segments: PathPart[][] = [];
    const startsSegment = (at: number) =>
      src.startsWith('$(', at) || src.startsWith(DEFAULT_DB, at) || PATH_CHAR.test(src[at] ?? '');
    while (src[i] === '/' && startsSegment(i + 1)) {
      i++;
      const parts: PathPart[] = [];
      for (;;) {
        if (src.startsWith('$(', i)) {
          this.cur = this.lex.scan(i + 2);
          const expr = this.parseExpr();
          if (!this.isPunct(')'))
            this.errorAt(
              this.cur,
              `Expected ')' to close '$(' but found ${this.describe(this.cur)}.`,
            );
          parts.push({ kind: 'interp', expr });
          i = this.cur.end;
        } else if (src.startsWith(DEFAULT_DB, i)) {
          parts.push({ kind: 'text', text: DEFAULT_DB });
          i += DEFAULT_DB.length;
        } else if (PATH_CHAR.test(src[i] ?? '')) {
          const from = i;
          while (PATH_CHAR.test(src[i] ?? '')) i++;
          parts.push({ kind: 'text', text: src.slice(from, i) });
        } else {
          break;
        }
      }
      segments.push(parts);
    }
    if (segments.length === 0) this.errorAt(this.cur, "Expected a path after '/'.");
    this.cur = this.lex.scan(i);
    return { kind: 'path', parts: segments, pos };
  }
}
