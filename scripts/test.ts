import { spawnSync } from 'node:child_process';

/**
 * `npm test`: every kind of test, cheapest first. All steps run even when one fails, so one run
 * shows everything that is wrong; the exit code is non-zero if any step failed.
 */
const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'typecheck + lint', command: 'npm', args: ['run', '-s', 'check'] },
  {
    name: 'unit + component tests',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'unit', '--project', 'ui'],
  },
  {
    name: 'integration tests (emulators)',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'integration'],
  },
  {
    name: 'rules coverage gate',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'rules-coverage'],
  },
  {
    name: 'browser tests (Chromium, Firefox)',
    command: 'npx',
    args: ['vitest', 'run', '--project', 'browser'],
  },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
  results.push({
    name: step.name,
    ok: result.status === 0,
    seconds: (Date.now() - started) / 1000,
  });
}

console.log('\nSummary');
for (const r of results)
  console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
