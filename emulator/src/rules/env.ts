/**
 * Lexical environments: the request globals, then one frame per matched `match` block (its path
 * variables and functions), then one per function call (parameters and lets). Functions close over
 * the frame they were declared in, so they see enclosing match variables.
 */
import type { FunctionDecl } from './ast.ts';
import { RulesEvalError } from './errors.ts';
import type { RValue } from './values.ts';

/** A value computed on first use and remembered (let bindings, unknown path variables). */
export class Lazy {
  private state: { ok: true; value: RValue } | { ok: false; error: unknown } | null = null;
  constructor(private readonly thunk: () => RValue) {}
  get(): RValue {
    if (!this.state) {
      try {
        this.state = { ok: true, value: this.thunk() };
      } catch (error) {
        if (!(error instanceof RulesEvalError)) throw error;
        this.state = { ok: false, error };
      }
    }
    if (!this.state.ok) throw this.state.error;
    return this.state.value;
  }
}

export interface Closure {
  decl: FunctionDecl;
  env: Env;
}

export class Env {
  readonly vars = new Map<string, RValue | Lazy>();
  readonly functions = new Map<string, Closure>();
  constructor(readonly parent: Env | null) {}

  findVar(name: string): RValue | Lazy | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      if (e.vars.has(name)) return e.vars.get(name);
    }
    return undefined;
  }

  findFunction(name: string): Closure | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      const f = e.functions.get(name);
      if (f) return f;
    }
    return undefined;
  }

  /** Declares a block's functions in this frame, closing over it. */
  declareFunctions(decls: FunctionDecl[]): this {
    for (const decl of decls) this.functions.set(decl.name, { decl, env: this });
    return this;
  }
}
