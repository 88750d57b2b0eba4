/**
 * Issue 3: the emulator's memory stays flat over a 10-minute run. firebase-admin writers (child
 * processes) write at a steady rate over a fixed set of documents while browser-style listeners
 * (WebChannel, child process) receive every change; the emulator runs in this process, which
 * samples its heap (after a forced full GC, so it is live data) and RSS every few seconds.
 *
 * One growth is by design: superseded versions stay readable for 10 minutes (reads at a past
 * readTime), so every write keeps a version until it is that old. The run measures what one
 * retained version costs (a calibration on a separate core) and reports the growth beyond it.
 * BENCH_MINUTES (default 10), BENCH_MEMORY_RATE (writes/s, 200), BENCH_LISTENERS (200),
 * BENCH_WRITERS (2), BENCH_SAMPLE_SECONDS (5).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { createEmulatorCore } from '../../emulator/src/core/index.ts';
import { startEmulator } from '../../emulator/src/index.ts';
import { runLoad } from './emulator-load.ts';
import { listenerLines } from './emulator-throughput.ts';

const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const RATE = Number(process.env.BENCH_MEMORY_RATE ?? 200);
const LISTENERS = Number(process.env.BENCH_LISTENERS ?? 200);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 2);
const SAMPLE_SECONDS = Number(process.env.BENCH_SAMPLE_SECONDS ?? 5);
/** How long the emulator keeps superseded versions (emulator/src/core/document-store.ts). */
const HISTORY_MINUTES = 10;
const TEXT_BYTES = 100;
const MB = 1024 * 1024;

interface Sample {
  minutes: number;
  heap: number;
  rss: number;
}

export async function benchEmulatorMemory(): Promise<string[]> {
  const collectGarbage = exposeGc();
  const historyBytes = bytesPerRetainedWrite(collectGarbage);
  const emulator = await startEmulator({ port: 0 });
  const samples: Sample[] = [];
  let started = 0;
  const sample = () => {
    collectGarbage();
    const { heapUsed, rss } = process.memoryUsage();
    samples.push({ minutes: (Date.now() - started) / 60_000, heap: heapUsed / MB, rss: rss / MB });
  };
  let sampler: NodeJS.Timeout | undefined;
  try {
    const outcome = await runLoad({
      port: emulator.port,
      projectId: `bench-memory-${Date.now()}`,
      collection: 'memory',
      listeners: LISTENERS,
      writers: WRITERS,
      writer: {
        docs: 1000,
        rate: RATE,
        concurrency: 100,
        durationMs: MINUTES * 60_000,
        textBytes: TEXT_BYTES,
      },
      onStart: () => {
        started = Date.now();
        sample();
        sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
      },
    });
    clearInterval(sampler);
    sample();
    const writes = outcome.writers.issued.reduce((sum, n) => sum + n, 0) - outcome.writers.errors;
    const minutes = outcome.writers.elapsedMs / 60_000;
    const retained = (writes * Math.min(1, HISTORY_MINUTES / minutes) * historyBytes) / MB;
    const heap = series(samples, (s) => s.heap);
    const rss = series(samples, (s) => s.rss);
    return [
      `${minutes.toFixed(1)} min at ${Math.round(writes / (minutes * 60))} writes/s (${writes.toLocaleString('en-US')} writes) with ${LISTENERS} listeners, ${samples.length} samples`,
      `  heap after GC: ${heap.text}`,
      `    by minute (MB): ${heap.byMinute}`,
      `  RSS: ${rss.text}`,
      `    by minute (MB): ${rss.byMinute}`,
      `  version history: ${historyBytes} B per write for ${HISTORY_MINUTES} min = ${retained.toFixed(1)} MB by the end; heap growth beyond it ${(heap.end - heap.start - retained).toFixed(1)} MB`,
      ...listenerLines(outcome),
    ];
  } finally {
    clearInterval(sampler);
    await emulator.close();
  }
}

function series(samples: Sample[], value: (s: Sample) => number) {
  const values = samples.map(value);
  const start = values[0] ?? Number.NaN;
  const end = values.at(-1) ?? Number.NaN;
  const max = Math.max(...values);
  const all = slope(samples, value);
  // The history grows for its first 10 minutes; a longer run shows what happens once it is full.
  const runMinutes = samples.at(-1)?.minutes ?? 0;
  const lateFrom = runMinutes >= HISTORY_MINUTES + 3 ? HISTORY_MINUTES : runMinutes / 2;
  const late = slope(
    samples.filter((s) => s.minutes >= lateFrom),
    value,
  );
  const f = (n: number) => n.toFixed(1);
  return {
    start,
    end,
    text: `start ${f(start)} MB, end ${f(end)} MB, max ${f(max)} MB; slope ${signed(all)} MB/min (from minute ${lateFrom.toFixed(0)}: ${signed(late)} MB/min)`,
    byMinute: byMinute(samples, value),
  };
}

/** The first sample of every whole minute, e.g. "39 46 52 …" (MB): the curve at a glance. */
function byMinute(samples: Sample[], value: (s: Sample) => number): string {
  const firsts: number[] = [];
  for (const s of samples) {
    const minute = Math.floor(s.minutes);
    if (firsts[minute] === undefined) firsts[minute] = value(s);
  }
  return firsts.map((mb) => (mb === undefined ? '?' : mb.toFixed(0))).join(' ');
}

/** Least-squares slope in MB per minute. */
function slope(samples: Sample[], value: (s: Sample) => number): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const mx = samples.reduce((sum, s) => sum + s.minutes, 0) / n;
  const my = samples.reduce((sum, s) => sum + value(s), 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.minutes - mx) * (value(s) - my);
    den += (s.minutes - mx) ** 2;
  }
  return num / den;
}

function signed(n: number): string {
  return `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;
}

/** `gc()` without restarting Node with --expose-gc. */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * What one write leaves in memory while its version is retained: a separate core takes writes of
 * the benchmark's shape (fresh strings each, as decoded requests are) over 1000 documents.
 */
function bytesPerRetainedWrite(collectGarbage: () => void): number {
  const core = createEmulatorCore();
  const db = core.database('calibration', '(default)');
  const owner = { kind: 'owner' } as const;
  const write = (seq: number) =>
    db.commit(
      [
        {
          update: {
            name: `projects/calibration/databases/(default)/documents/memory/w0-${seq % 1000}`,
            fields: {
              writer: { integerValue: String(seq % 1) },
              seq: { integerValue: String(seq) },
              sentAt: { doubleValue: Date.now() + Math.random() },
              text: { stringValue: 'x'.repeat(TEXT_BYTES) },
            },
          },
        },
      ],
      owner,
    );
  for (let seq = 1; seq <= 2000; seq++) write(seq);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const count = 50_000;
  for (let seq = 2001; seq <= 2000 + count; seq++) write(seq);
  collectGarbage();
  const bytes = Math.round((process.memoryUsage().heapUsed - before) / count);
  void core.close();
  return bytes;
}
