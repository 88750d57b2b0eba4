/**
 * The two kinds of failure the engine knows. A RulesCompileError is a problem in the rules source
 * (reported to whoever loads the rules); a RulesEvalError is CEL's "error value": it propagates
 * through an expression until `&&`/`||` absorb it or it reaches the allow, which then denies.
 */
import type { SourcePos } from './ast.ts';

export class RulesCompileError extends Error {
  constructor(
    message: string,
    readonly pos: SourcePos,
  ) {
    super(message);
    this.name = 'RulesCompileError';
  }
}

export class RulesEvalError extends Error {
  /** Where the error arose, filled by the evaluator as the error leaves the failing node. */
  pos?: SourcePos;
  constructor(message: string) {
    super(message);
    this.name = 'RulesEvalError';
  }
}

/** Throws the evaluation error `message` (an expression statement reads better than `throw new`). */
export function fail(message: string): never {
  throw new RulesEvalError(message);
}
