/**
 * `npm run bench`: the performance targets of the issues, measured on this machine. Each
 * benchmark prints its figures; copy them into the README's Performance section.
 * `npm run bench -- listener` runs only the benchmarks whose name contains "listener".
 */
import { benchListenerLatency } from './listener-latency.ts';
import { benchStartChat } from './start-chat.ts';

const benchmarks: { name: string; run: () => Promise<string[]> }[] = [
  { name: 'listener latency (emulator, browser)', run: benchListenerLatency },
  { name: 'startChat routing (local stack)', run: benchStartChat },
];

const only = process.argv.slice(2);
let failed = false;
for (const bench of benchmarks) {
  if (only.length && !only.some((word) => bench.name.includes(word))) continue;
  console.log(`\n▶ ${bench.name}`);
  try {
    for (const line of await bench.run()) console.log(`  ${line}`);
  } catch (error) {
    failed = true;
    console.error(`  failed: ${(error as Error).stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
