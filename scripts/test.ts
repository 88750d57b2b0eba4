import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * `npm test`: every kind of test, cheapest first. All steps run even when one fails, so one run
 * shows everything that is wrong; the exit code is non-zero if any step failed. The summary at the
 * end names each failed test with the first line of its error, so a log that keeps only its tail
 * (as CI's does) still says what broke.
 */
/** A step runs a command, or vitest on some projects (with a JSON report for the summary). */
type Step = { name: string } & ({ command: string; args: string[] } | { projects: string[] });
const steps: Step[] = [
  { name: 'typecheck + lint', command: 'npm', args: ['run', '-s', 'check'] },
  { name: 'unit + component tests', projects: ['unit', 'ui'] },
  { name: 'integration tests (emulators)', projects: ['integration'] },
  { name: 'rules coverage gate', projects: ['rules-coverage'] },
  { name: 'browser tests (Chromium, Firefox)', projects: ['browser'] },
];

const reports = 'test-artifacts/results';
mkdirSync(reports, { recursive: true });

interface JsonReport {
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** Failed tests of one vitest JSON report, a line each: file › test: first line of the error. */
function failuresIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  const firstLine = (text = '') =>
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 200) ?? '';
  const lines: string[] = [];
  for (const suite of report.testResults ?? []) {
    const where = relative(process.cwd(), suite.name);
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failed)
      lines.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (!failed.length && suite.message) lines.push(`${where}: ${firstLine(suite.message)}`);
  }
  return lines;
}

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number; failures: string[] }[] = [];
for (const [index, step] of steps.entries()) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  console.log(`\n▶ ${step.name}`);
  const report = join(reports, `step-${index}.json`);
  rmSync(report, { force: true });
  const [command, args] =
    'projects' in step
      ? [
          'npx',
          [
            'vitest',
            'run',
            ...step.projects.flatMap((p) => ['--project', p]),
            '--reporter=default',
            '--reporter=json',
            `--outputFile.json=${report}`,
          ],
        ]
      : [step.command, step.args];
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  results.push({
    name: step.name,
    ok,
    seconds: (Date.now() - started) / 1000,
    failures: ok || !('projects' in step) ? [] : failuresIn(report),
  });
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
  for (const failure of r.failures) console.log(`          ✗ ${failure}`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
