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

const BENCHES = [
  { name: 'paint', run: benchConsolePaint },
  { name: 'latency', run: benchConsoleLatency },
  { name: 'heap', run: benchConsoleHeap },
  { name: 'history', run: benchHistory },
];

export async function benchConsole(only: string[] = []): Promise<string[]> {
  const fixture = await startConsoleFixture();
  const lines: string[] = [];
  try {
    for (const bench of BENCHES) {
      if (only.length && !only.includes(bench.name)) continue;
      lines.push(...(await bench.run(fixture)));
    }
  } finally {
    await fixture.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = await benchConsole(process.argv.slice(2));
  for (const line of lines) console.log(line);
  process.exit(0);
}
