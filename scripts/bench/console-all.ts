/**
 * The console's benchmarks on one shared fixture (`npx tsx scripts/bench/console-all.ts`), or
 * one by name (`... console-all.ts heap`). benchConsole() is what `npm run bench` can call.
 */
import { pathToFileURL } from 'node:url';
import { startConsoleFixture } from './console-fixture.ts';
import { benchConsoleHeap } from './console-heap.ts';
import { benchConsoleLatency } from './console-latency.ts';
import { benchConsolePaint } from './console-paint.ts';
import { benchHistory } from './history.ts';
import type { BenchOutput } from './report.ts';

const BENCHES = [
  { name: 'paint', run: benchConsolePaint },
  { name: 'latency', run: benchConsoleLatency },
  { name: 'heap', run: benchConsoleHeap },
  { name: 'history', run: benchHistory },
];

export async function benchConsole(only: string[] = []): Promise<BenchOutput> {
  const fixture = await startConsoleFixture();
  const output: Required<BenchOutput> = { metrics: [], notes: [] };
  try {
    for (const bench of BENCHES) {
      if (only.length && !only.includes(bench.name)) continue;
      const { metrics, notes = [] } = await bench.run(fixture);
      output.metrics.push(...metrics);
      output.notes.push(...notes);
    }
  } finally {
    await fixture.close();
  }
  return output;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { metrics, notes = [] } = await benchConsole(process.argv.slice(2));
  for (const note of notes) console.log(note);
  for (const metric of metrics)
    console.log(`${metric.name}: ${metric.value} ${metric.unit} (${metric.detail ?? ''})`);
  process.exit(0);
}
