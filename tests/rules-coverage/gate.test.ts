/**
 * The rules coverage gate: every `allow` condition of firestore.rules must have been evaluated
 * by some test of the run that just finished (the integration project saves each project's
 * coverage report, see tests/support/rules-coverage.ts). `npm test` runs it after that project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type CoverageReport,
  describeCondition,
  RULES_COVERAGE_DIR,
  unevaluatedConditions,
} from '../support/rules-coverage.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rulesSuites = readdirSync(path.join(rootDir, 'tests/rules')).filter((file) =>
  file.endsWith('.test.ts'),
);

function savedReports(): Map<string, CoverageReport> {
  let files: string[];
  try {
    files = readdirSync(RULES_COVERAGE_DIR).filter((file) => file.endsWith('.json'));
  } catch {
    files = [];
  }
  return new Map(
    files.map((file) => [
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(path.join(RULES_COVERAGE_DIR, file), 'utf8')) as CoverageReport,
    ]),
  );
}

describe('rules coverage', () => {
  const reports = savedReports();

  it('has a report from every rules suite of the run', () => {
    // Each suite file has its own project, demo-parley-rules-<name> (tests/rules/support.ts).
    const suiteReports = [...reports.keys()].filter((id) => id.startsWith('demo-parley-rules-'));
    expect(
      suiteReports.length,
      `Coverage of ${suiteReports.length} of ${rulesSuites.length} rules suites: run \`npx vitest run --project integration\` first (it writes ${path.relative(rootDir, RULES_COVERAGE_DIR)}).`,
    ).toBe(rulesSuites.length);
  });

  it('evaluated every allow condition of firestore.rules at least once', () => {
    const rules = readFileSync(path.join(rootDir, 'firestore.rules'), 'utf8');
    const never = unevaluatedConditions(rules, [...reports.values()]).map(describeCondition);
    expect(never, 'allow conditions no test evaluated (write a test that reaches each)').toEqual(
      [],
    );
  });
});
