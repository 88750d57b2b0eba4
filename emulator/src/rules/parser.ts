/**
 * Parser for a whole rules file:
 *   [rules_version = '1'|'2';] service <name> { (match | function)* }
 *   match /<pattern> { (match | function | allow)* }
 *   allow <method>[, <method>]* [: if <expr>] ;
 *   function <name>(<params>) { (let <name> = <expr>;)* return <expr>; }
 * Semicolons after allow/let/return are accepted but not required (as Firebase's parser does).
 */
import type { RulesMethod } from './api.ts';
import type {
  AllowStmt,
  FunctionDecl,
  LetBinding,
  MatchBlock,
  PatternSegment,
  Ruleset,
} from './ast.ts';
import { ExprParser } from './expr-parser.ts';

const METHOD_GROUPS: Record<string, RulesMethod[]> = {
  read: ['get', 'list'],
  write: ['create', 'update', 'delete'],
  get: ['get'],
  list: ['list'],
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
};

export class RulesParser extends ExprParser {
  parseRuleset(): Ruleset {
    let version: '1' | '2' = '1';
    if (this.isWord('rules_version')) {
      this.advance();
      this.expectPunct('=', "after 'rules_version'");
      const v = this.cur;
      if (v.type !== 'string' || (v.value !== '1' && v.value !== '2'))
        this.errorAt(v, "rules_version must be '1' or '2'.");
      version = v.value as '1' | '2';
      this.advance();
      if (this.isPunct(';')) this.advance();
    }
    const serviceToken = this.expectWord('service');
    let service = this.expectIdent('a service name').text;
    while (this.isPunct('.')) {
      this.advance();
      service += `.${this.expectIdent('a service name').text}`;
    }
    if (service !== 'cloud.firestore')
      this.errorAt(
        serviceToken,
        `Unsupported service '${service}': this emulator serves cloud.firestore.`,
      );
    const root: MatchBlock = {
      pattern: [],
      patternText: '',
      matches: [],
      functions: [],
      allows: [],
      pos: serviceToken.pos,
    };
    this.expectPunct('{', 'to open the service body');
    this.parseBlockBody(root, false);
    if (this.cur.type !== 'eof')
      this.errorAt(this.cur, `Unexpected ${this.describe(this.cur)} after the service block.`);
    return { version, service, root };
  }

  /** Statements up to and including the closing '}'. */
  private parseBlockBody(block: MatchBlock, allowsPermitted: boolean): void {
    for (;;) {
      if (this.isPunct('}')) {
        this.advance();
        return;
      }
      if (this.isWord('match')) block.matches.push(this.parseMatch());
      else if (this.isWord('function')) block.functions.push(this.parseFunction());
      else if (this.isWord('allow')) {
        if (!allowsPermitted)
          this.errorAt(this.cur, "'allow' statements must be inside a 'match' block.");
        block.allows.push(this.parseAllow());
      } else if (this.cur.type === 'eof') {
        this.errorAt(this.cur, "Expected '}' but found end of file.");
      } else {
        this.errorAt(
          this.cur,
          `Unexpected ${this.describe(this.cur)}: expected 'match', 'allow', 'function' or '}'.`,
        );
      }
    }
  }

  private parseMatch(): MatchBlock {
    const pos = this.advance().pos;
    const { pattern, text } = this.parsePattern();
    const block: MatchBlock = {
      pattern,
      patternText: text,
      matches: [],
      functions: [],
      allows: [],
      pos,
    };
    this.expectPunct('{', 'after the match path');
    this.parseBlockBody(block, true);
    return block;
  }

  /** `/literal/{var}/{rest=**}`, scanned as raw text. */
  private parsePattern(): { pattern: PatternSegment[]; text: string } {
    const src = this.lex.source;
    const start = this.cur.pos.offset;
    if (src[start] !== '/')
      this.errorAt(this.cur, "Expected a path starting with '/' after 'match'.");
    const pattern: PatternSegment[] = [];
    let i = start;
    while (src[i] === '/') {
      i++;
      const segStart = i;
      if (src[i] === '{') {
        const close = src.indexOf('}', i);
        const inner = close < 0 ? '' : src.slice(i + 1, close);
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(=\*\*)?$/.exec(inner);
        if (!m)
          this.lex.error("Invalid path variable: expected '{name}' or '{name=**}'.", segStart);
        pattern.push(m[2] ? { kind: 'rest', name: m[1]! } : { kind: 'var', name: m[1]! });
        i = close + 1;
      } else {
        while (i < src.length && !/[\s/{}]/.test(src[i]!)) i++;
        if (i === segStart) this.lex.error('Empty segment in match path.', segStart);
        pattern.push({ kind: 'literal', text: src.slice(segStart, i) });
      }
    }
    this.cur = this.lex.scan(i);
    return { pattern, text: src.slice(start, i) };
  }

  private parseAllow(): AllowStmt {
    const pos = this.advance().pos;
    const written: string[] = [];
    const methods = new Set<RulesMethod>();
    for (;;) {
      const m = this.expectIdent('a method (read, write, get, list, create, update, delete)');
      const group = METHOD_GROUPS[m.text];
      if (!group)
        this.errorAt(
          m,
          `Unknown method '${m.text}': expected read, write, get, list, create, update or delete.`,
        );
      written.push(m.text);
      for (const g of group) methods.add(g);
      if (!this.isPunct(',')) break;
      this.advance();
    }
    let condition: AllowStmt['condition'];
    if (this.isPunct(':')) {
      this.advance();
      this.expectWord('if');
      condition = this.parseExpr();
    }
    if (this.isPunct(';')) this.advance();
    else if (
      !this.isPunct('}') &&
      !this.isWord('allow') &&
      !this.isWord('match') &&
      !this.isWord('function')
    )
      this.errorAt(
        this.cur,
        `Expected ';' after the allow statement but found ${this.describe(this.cur)}.`,
      );
    return { written, methods, condition, pos };
  }

  private parseFunction(): FunctionDecl {
    const pos = this.advance().pos;
    const name = this.expectIdent('a function name').text;
    this.expectPunct('(', 'after the function name');
    const params: string[] = [];
    while (!this.isPunct(')')) {
      params.push(this.expectIdent('a parameter name').text);
      if (!this.isPunct(',')) break;
      this.advance();
    }
    this.expectPunct(')', 'to close the parameter list');
    this.expectPunct('{', 'to open the function body');
    const lets: LetBinding[] = [];
    while (this.isWord('let')) {
      this.advance();
      const nameToken = this.expectIdent('a variable name after let');
      this.expectPunct('=', 'in let binding');
      const expr = this.parseExpr();
      if (this.isPunct(';')) this.advance();
      lets.push({ name: nameToken.text, expr, pos: nameToken.pos });
    }
    if (!this.isWord('return'))
      this.errorAt(
        this.cur,
        `Expected 'let' or 'return' in function body but found ${this.describe(this.cur)}.`,
      );
    this.advance();
    const body = this.parseExpr();
    if (this.isPunct(';')) this.advance();
    this.expectPunct('}', 'to close the function body');
    return { name, params, lets, body, pos };
  }
}

export function parseRuleset(source: string): Ruleset {
  return new RulesParser(source).parseRuleset();
}

export function parseExpression(source: string) {
  const p = new RulesParser(source);
  const e = p.parseExpr();
  p.assertEnd();
  return e;
}
