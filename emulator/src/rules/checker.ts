/**
 * Static checks run at compile time, so that mistakes surface when rules are loaded rather than as
 * mysterious denials: undefined variables, unknown functions, wrong arity, duplicate declarations,
 * recursion, misplaced recursive wildcards. Method names cannot be checked exactly (types are only
 * known at run time); a name no type has is reported as a warning.
 */
import type { RulesIssue } from '../core/api.ts';
import {
  childExprs,
  type Expr,
  type FunctionDecl,
  type MatchBlock,
  type Ruleset,
  type SourcePos,
} from './ast.ts';
import { bytesMethods } from './functions/bytes.ts';
import { durationMethods } from './functions/duration.ts';
import { GLOBAL_ARITY, NAMESPACES } from './functions/index.ts';
import { latlngMethods } from './functions/latlng.ts';
import { listMethods } from './functions/list.ts';
import { mapDiffMethods, mapMethods } from './functions/map.ts';
import { pathMethods } from './functions/path.ts';
import { setMethods } from './functions/set.ts';
import { stringMethods } from './functions/string.ts';
import { timestampMethods } from './functions/timestamp.ts';

const KNOWN_METHODS = new Set(
  [
    stringMethods,
    listMethods,
    mapMethods,
    mapDiffMethods,
    setMethods,
    timestampMethods,
    durationMethods,
    latlngMethods,
    bytesMethods,
    pathMethods,
  ].flatMap((t) => Object.keys(t)),
);

/** Variables every condition can read. */
export const GLOBAL_VARIABLES = ['request', 'resource'];

interface Scope {
  vars: Set<string>;
  functions: Map<string, FunctionDecl>;
  parent: Scope | null;
}

function hasVar(scope: Scope | null, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return true;
  return false;
}

function findFunction(scope: Scope | null, name: string): FunctionDecl | undefined {
  for (let s = scope; s; s = s.parent) {
    const f = s.functions.get(name);
    if (f) return f;
  }
  return undefined;
}

export function checkRuleset(ruleset: Ruleset): RulesIssue[] {
  return new Checker(ruleset.version).run(ruleset.root);
}

class Checker {
  private readonly issues: RulesIssue[] = [];
  private readonly calls = new Map<FunctionDecl, Set<FunctionDecl>>();
  private readonly used = new Set<FunctionDecl>();
  private readonly declared: FunctionDecl[] = [];

  constructor(private readonly version: '1' | '2') {}

  run(root: MatchBlock): RulesIssue[] {
    const globals: Scope = { vars: new Set(GLOBAL_VARIABLES), functions: new Map(), parent: null };
    this.checkBlock(root, globals);
    this.checkRecursion();
    for (const f of this.declared) {
      if (!this.used.has(f)) this.report(f.pos, `Unused function: ${f.name}.`, 'WARNING');
    }
    return this.issues.sort(
      (a, b) =>
        a.sourcePosition.line - b.sourcePosition.line ||
        a.sourcePosition.column - b.sourcePosition.column,
    );
  }

  private report(pos: SourcePos, description: string, severity: 'ERROR' | 'WARNING' = 'ERROR') {
    this.issues.push({
      sourcePosition: { line: pos.line, column: pos.column },
      description,
      severity,
    });
  }

  private checkBlock(block: MatchBlock, parent: Scope): void {
    const scope: Scope = { vars: new Set(), functions: new Map(), parent };
    this.checkPattern(block);
    for (const seg of block.pattern) if (seg.kind !== 'literal') scope.vars.add(seg.name);
    for (const f of block.functions) {
      if (scope.functions.has(f.name))
        this.report(f.pos, `Duplicate function: ${f.name} is already defined in this block.`);
      else scope.functions.set(f.name, f);
      this.declared.push(f);
    }
    for (const f of block.functions) this.checkFunction(f, scope);
    for (const allow of block.allows)
      if (allow.condition) this.checkExpr(allow.condition, scope, null);
    for (const child of block.matches) this.checkBlock(child, scope);
  }

  private checkPattern(block: MatchBlock): void {
    const names = new Set<string>();
    let rest = 0;
    block.pattern.forEach((seg, i) => {
      if (seg.kind === 'literal') return;
      if (names.has(seg.name)) this.report(block.pos, `Duplicate path variable: ${seg.name}.`);
      names.add(seg.name);
      if (seg.kind !== 'rest') return;
      rest++;
      if (this.version === '1' && i !== block.pattern.length - 1)
        this.report(
          block.pos,
          "In rules_version '1' a recursive wildcard {name=**} must be the last segment.",
        );
    });
    if (rest > 1)
      this.report(block.pos, 'A match path may contain at most one recursive wildcard {name=**}.');
  }

  private checkFunction(f: FunctionDecl, blockScope: Scope): void {
    const scope: Scope = { vars: new Set(), functions: new Map(), parent: blockScope };
    for (const p of f.params) {
      if (scope.vars.has(p)) this.report(f.pos, `Duplicate parameter ${p} in function ${f.name}.`);
      scope.vars.add(p);
    }
    for (const binding of f.lets) {
      this.checkExpr(binding.expr, scope, f);
      if (scope.vars.has(binding.name))
        this.report(
          binding.pos,
          `Duplicate variable: ${binding.name} is already defined in function ${f.name}.`,
        );
      scope.vars.add(binding.name);
    }
    this.checkExpr(f.body, scope, f);
  }

  private noteCall(from: FunctionDecl | null, to: FunctionDecl): void {
    this.used.add(to);
    if (!from) return;
    const set = this.calls.get(from) ?? new Set();
    set.add(to);
    this.calls.set(from, set);
  }

  private checkExpr(e: Expr, scope: Scope, fn: FunctionDecl | null): void {
    if (e.kind === 'ident' && !hasVar(scope, e.name)) {
      const hint =
        e.name in NAMESPACES ? ` (${e.name} is a namespace: call ${e.name}.<function>())` : '';
      this.report(e.pos, `Undefined variable: ${e.name}${hint}.`);
    }
    for (const child of childExprs(e)) this.checkExpr(child, scope, fn);
    if (e.kind === 'call') this.checkCall(e, scope, fn);
  }

  private checkCall(
    e: Extract<Expr, { kind: 'call' }>,
    scope: Scope,
    fn: FunctionDecl | null,
  ): void {
    const argc = e.args.length;
    const callee = e.callee;
    if (callee.kind === 'ident') {
      const user = findFunction(scope, callee.name);
      if (user) {
        this.noteCall(fn, user);
        if (user.params.length !== argc)
          this.report(
            e.pos,
            `Function ${callee.name}() expects ${user.params.length} argument(s) but is called with ${argc}.`,
          );
        return;
      }
      const arity = GLOBAL_ARITY[callee.name];
      if (arity === undefined) this.report(e.pos, `Unknown function: ${callee.name}().`);
      else if (arity !== argc)
        this.report(
          e.pos,
          `Function ${callee.name}() expects ${arity} argument(s) but is called with ${argc}.`,
        );
      return;
    }
    if (callee.kind !== 'member') return;
    const object = callee.object;
    if (object.kind === 'ident' && object.name in NAMESPACES && !hasVar(scope, object.name)) {
      const spec = NAMESPACES[object.name]![callee.name];
      if (!spec) {
        this.report(e.pos, `Unknown function: ${object.name}.${callee.name}().`);
        return;
      }
      const [min, max] = typeof spec.arity === 'number' ? [spec.arity, spec.arity] : spec.arity;
      if (argc < min || argc > max)
        this.report(
          e.pos,
          `Function ${object.name}.${callee.name}() expects ${min} argument(s) but is called with ${argc}.`,
        );
      return;
    }
    this.checkExpr(object, scope, fn);
    if (!KNOWN_METHODS.has(callee.name))
      this.report(
        e.pos,
        `No type has a method named ${callee.name}(); this call will always fail.`,
        'WARNING',
      );
  }

  /** Functions may call each other but not recursively (directly or through others). */
  private checkRecursion(): void {
    const state = new Map<FunctionDecl, 'visiting' | 'done'>();
    const reported = new Set<FunctionDecl>();
    const visit = (f: FunctionDecl, stack: FunctionDecl[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        if (!reported.has(f)) {
          reported.add(f);
          const cycle = [...stack.slice(stack.indexOf(f)), f].map((x) => x.name).join(' -> ');
          this.report(f.pos, `Recursive function call: ${cycle}. Rules functions may not recurse.`);
        }
        return;
      }
      state.set(f, 'visiting');
      for (const g of this.calls.get(f) ?? []) visit(g, [...stack, f]);
      state.set(f, 'done');
    };
    for (const f of this.declared) visit(f, []);
  }
}
