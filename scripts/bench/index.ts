/**
 * `npm run bench`: the performance targets of the issues, measured on this machine, printed as
 * one table (metric, value, target, pass/fail, the previous run's value) and written to
 * .parley/bench-results/<time>.json; exits non-zero when a target is missed or a benchmark fails.
 * `npm run bench -- widget` runs only the benchmarks whose name contains "widget".
 */
import path from 'node:path';
import { buildWidget } from '../stack/build.ts';
import { benchConsole } from './console-all.ts';
import { benchCost } from './cost/index.ts';
import { benchLoad } from './load/index.ts';
import { rootDir } from './local-stack.ts';
import { benchQueue } from './queue.ts';
import {
  type BenchOutput,
  formatTable,
  previousValues,
  type ResultRow,
  resultRows,
  writeRun,
} from './report.ts';
import { benchSipGateway } from './sip-gateway.ts';
import { benchStackFootprint } from './stack-footprint.ts';
import { benchStartChat } from './start-chat.ts';
import { benchTyping } from './typing.ts';
import { FULL_BUDGET, LOADER_BUDGET, measureWidgetSize, OPEN_SHARE } from './widget-size.ts';

async function benchWidgetSize(): Promise<BenchOutput> {
  await buildWidget(rootDir);
  const sizes = await measureWidgetSize(path.join(rootDir, 'widget/dist'));
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  return {
    metrics: [
      {
        name: 'loader, gzipped',
        value: kb(sizes.loader.gzip),
        unit: 'KB',
        target: { max: kb(LOADER_BUDGET) },
      },
      {
        name: 'full widget with Firebase, one language, gzipped',
        value: kb(sizes.fullGzip),
        unit: 'KB',
        target: { max: kb(FULL_BUDGET) },
        detail: `headroom ${kb(FULL_BUDGET - sizes.fullGzip)} KB`,
      },
      {
        name: 'App Check on top, where data-app-check-key is set, gzipped',
        value: kb(sizes.appCheckGzip),
        unit: 'KB',
      },
      {
        name: `per page view, ${OPEN_SHARE * 100}% of visitors opening the chat, gzipped`,
        value: kb(sizes.perPageViewGzip),
        unit: 'KB',
        detail: 'the loader on every view + 5% of the rest',
      },
    ],
    notes: sizes.loaderProblems.length
      ? [`loader is not a valid classic script: ${sizes.loaderProblems.join(', ')}`]
      : [],
  };
}

const benchmarks: { name: string; run: () => Promise<BenchOutput> }[] = [
  { name: 'local stack footprint', run: benchStackFootprint },
  { name: 'startChat routing', run: benchStartChat },
  { name: 'widget size', run: benchWidgetSize },
  { name: 'console', run: () => benchConsole(['paint', 'latency', 'heap']) },
  { name: 'history and reports', run: () => benchConsole(['history']) },
  { name: 'SIP gateway', run: benchSipGateway },
  { name: 'queue', run: benchQueue },
  { name: 'cost', run: benchCost },
  { name: 'typing', run: benchTyping },
  { name: 'load', run: benchLoad },
];

const only = process.argv.slice(2);
const resultsDir = process.env.BENCH_RESULTS_DIR ?? path.join(rootDir, '.parley/bench-results');
const previous = previousValues(resultsDir);
const rows: ResultRow[] = [];
const failures: string[] = [];
for (const bench of benchmarks) {
  if (only.length && !only.some((word) => bench.name.includes(word))) continue;
  console.log(`\n▶ ${bench.name}`);
  try {
    const output = await bench.run();
    for (const note of output.notes ?? []) console.log(`  ${note}`);
    const benchRows = resultRows(bench.name, output, previous);
    for (const row of benchRows) console.log(`  ${row.name}: ${row.value} ${row.unit}`);
    rows.push(...benchRows);
  } catch (error) {
    failures.push(bench.name);
    console.error(`  failed: ${(error as Error).stack ?? error}`);
  }
}

const missed = rows.filter((row) => row.pass === false);
console.log(`\n${formatTable(rows)}\n`);
console.log(`written to ${path.relative(process.cwd(), writeRun(resultsDir, rows, failures))}`);
if (missed.length) console.log(`targets missed: ${missed.map((row) => row.name).join('; ')}`);
if (failures.length) console.log(`benchmarks that failed to run: ${failures.join('; ')}`);
process.exit(missed.length || failures.length ? 1 : 0);
