/**
 * Firestore Security Rules engine: `compileRules(source)` parses and checks a rules file and
 * returns an evaluator the core calls once per document operation or query.
 */
import type { RulesIssue } from '../core/api.ts';
import type { CompileResult } from './api.ts';
import { checkRuleset } from './checker.ts';
import { RulesEngine } from './engine.ts';
import { RulesCompileError } from './errors.ts';
import { parseRuleset } from './parser.ts';

export type { CompiledRules, CompileResult, RulesDecision, RulesRequest } from './api.ts';

export function compileRules(source: string): CompileResult {
  let ruleset: ReturnType<typeof parseRuleset>;
  try {
    ruleset = parseRuleset(source);
  } catch (e) {
    if (!(e instanceof RulesCompileError)) throw e;
    const issue: RulesIssue = {
      sourcePosition: { line: e.pos.line, column: e.pos.column },
      description: e.message,
      severity: 'ERROR',
    };
    return { ok: false, issues: [issue] };
  }
  const issues = checkRuleset(ruleset);
  if (issues.some((i) => i.severity === 'ERROR')) return { ok: false, issues };
  return { ok: true, rules: new RulesEngine(ruleset), issues };
}
