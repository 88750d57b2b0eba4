/**
 * Rule coverage: how often each `allow` statement was evaluated since the rules were loaded and
 * what it gave, for the emulator's :ruleCoverage endpoints.
 */
import type { AllowCoverage } from '../core/api.ts';
import type { AllowStmt, MatchBlock, Ruleset } from './ast.ts';

export type AllowOutcome = 'granted' | 'denied' | 'errors';

type Counts = Record<AllowOutcome, number>;

export class CoverageCounter {
  private readonly counts = new Map<AllowStmt, Counts>();

  constructor(private readonly ruleset: Ruleset) {}

  record(allow: AllowStmt, outcome: AllowOutcome): void {
    let counts = this.counts.get(allow);
    if (!counts) {
      counts = { granted: 0, denied: 0, errors: 0 };
      this.counts.set(allow, counts);
    }
    counts[outcome]++;
  }

  /** Every allow statement in source order, the never-evaluated ones with zero counts. */
  report(): AllowCoverage[] {
    const report: AllowCoverage[] = [];
    const walk = (block: MatchBlock, outer: string) => {
      const match = outer + block.patternText;
      for (const allow of block.allows) {
        report.push({
          sourcePosition: { line: allow.pos.line, column: allow.pos.column },
          allow: `allow ${allow.written.join(', ')}`,
          match,
          ...(this.counts.get(allow) ?? { granted: 0, denied: 0, errors: 0 }),
        });
      }
      for (const inner of block.matches) walk(inner, match);
    };
    walk(this.ruleset.root, '');
    return report.sort(
      (a, b) =>
        a.sourcePosition.line - b.sourcePosition.line ||
        a.sourcePosition.column - b.sourcePosition.column,
    );
  }
}
