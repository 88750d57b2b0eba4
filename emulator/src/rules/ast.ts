/**
 * Syntax tree of a rules file. Expressions keep their source position so that evaluation errors and
 * deny reasons can point at the line and column that failed.
 */
import type { RulesMethod } from './api.ts';
import type { RValue } from './values.ts';

/** 1-based line and column, plus the 0-based offset into the source. */
export interface SourcePos {
  line: number;
  column: number;
  offset: number;
}

export type BinaryOp =
  | '*'
  | '/'
  | '%'
  | '+'
  | '-'
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | 'in'
  | '&&'
  | '||';

/** One segment of a path literal: literal text, or `$(expr)` interpolation. */
export type PathPart = { kind: 'text'; text: string } | { kind: 'interp'; expr: Expr };

export type Expr =
  | { kind: 'literal'; value: RValue; pos: SourcePos }
  | { kind: 'ident'; name: string; pos: SourcePos }
  | { kind: 'member'; object: Expr; name: string; pos: SourcePos }
  | { kind: 'index'; object: Expr; index: Expr; pos: SourcePos }
  | { kind: 'slice'; object: Expr; start?: Expr; end?: Expr; pos: SourcePos }
  | { kind: 'call'; callee: Expr; args: Expr[]; pos: SourcePos }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr; pos: SourcePos }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: SourcePos }
  | { kind: 'ternary'; cond: Expr; then: Expr; otherwise: Expr; pos: SourcePos }
  | { kind: 'is'; operand: Expr; typeName: string; pos: SourcePos }
  | { kind: 'list'; items: Expr[]; pos: SourcePos }
  | { kind: 'map'; entries: { key: Expr; value: Expr }[]; pos: SourcePos }
  | { kind: 'path'; parts: PathPart[][]; pos: SourcePos };

/** `match` path segments: literal, `{name}` (one segment), `{name=**}` (any number of segments). */
export type PatternSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'var'; name: string }
  | { kind: 'rest'; name: string };

export interface LetBinding {
  name: string;
  expr: Expr;
  pos: SourcePos;
}

export interface FunctionDecl {
  name: string;
  params: string[];
  lets: LetBinding[];
  body: Expr;
  pos: SourcePos;
}

export interface AllowStmt {
  /** As written (read, write, get, ...), for messages. */
  written: string[];
  /** Expanded to the five concrete methods. */
  methods: Set<RulesMethod>;
  /** Absent = unconditional allow. */
  condition?: Expr;
  pos: SourcePos;
}

export interface MatchBlock {
  pattern: PatternSegment[];
  /** The pattern as written, for deny reasons. */
  patternText: string;
  matches: MatchBlock[];
  functions: FunctionDecl[];
  allows: AllowStmt[];
  pos: SourcePos;
}

export interface Ruleset {
  version: '1' | '2';
  service: string;
  /** The service body, as a match block with an empty pattern. */
  root: MatchBlock;
}

/** Direct sub-expressions, in source order (a call's callee is left to the caller to handle). */
export function childExprs(e: Expr): Expr[] {
  switch (e.kind) {
    case 'literal':
    case 'ident':
      return [];
    case 'member':
      return [e.object];
    case 'index':
      return [e.object, e.index];
    case 'slice':
      return [e.object, ...(e.start ? [e.start] : []), ...(e.end ? [e.end] : [])];
    case 'unary':
    case 'is':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'ternary':
      return [e.cond, e.then, e.otherwise];
    case 'list':
      return e.items;
    case 'map':
      return e.entries.flatMap((entry) => [entry.key, entry.value]);
    case 'path':
      return e.parts.flat().flatMap((part) => (part.kind === 'interp' ? [part.expr] : []));
    case 'call':
      return e.args;
  }
}
