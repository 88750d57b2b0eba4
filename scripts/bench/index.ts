/**
 * `npm run bench`: the performance targets of the issues, measured on this machine. Each
 * benchmark prints its figures; copy them into the README's Performance section.
 * `npm run bench -- listener` runs only the benchmarks whose name contains "listener".
 */
import path from 'node:path';
import { buildWidget } from '../stack/build.ts';
import { benchConsole } from './console-all.ts';
import { benchCost } from './cost/index.ts';
import { rootDir } from './local-stack.ts';
import { benchSipGateway } from './sip-gateway.ts';
import { benchStackFootprint } from './stack-footprint.ts';
import { benchStartChat } from './start-chat.ts';
import { benchTyping } from './typing.ts';
import { FULL_BUDGET, LOADER_BUDGET, measureWidgetSize } from './widget-size.ts';

async function benchWidgetSize(): Promise<string[]> {
  await buildWidget(rootDir);
  const sizes = await measureWidgetSize(path.join(rootDir, 'widget/dist'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `widget loader: ${kb(sizes.loader.gzip)} gzipped (budget ${kb(LOADER_BUDGET)})`,
    `full widget with Firebase: ${kb(sizes.fullGzip)} gzipped (budget ${kb(FULL_BUDGET)})`,
  ];
}

const benchmarks: { name: string; run: () => Promise<string[]> }[] = [
  { name: 'local stack footprint (npm start, memory, Ctrl-C)', run: benchStackFootprint },
  { name: 'startChat routing (local stack)', run: benchStartChat },
  { name: 'widget size', run: benchWidgetSize },
  { name: 'console (side panel paint, message latency, heap)', run: () => benchConsole() },
  { name: 'SIP gateway (200 registered clients, visitor message to SIP)', run: benchSipGateway },
  {
    name: 'cost (Firestore reads and writes per message, widget open, chat, idle operator)',
    run: benchCost,
  },
  { name: 'typing (indicator writes per minute of continuous typing)', run: benchTyping },
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
