/**
 * Issue 3's throughput target: at least 5,000 single-document writes per second sustained through
 * firebase-admin (gRPC), while 200 browser-style listeners (WebChannel Listen streams, each with
 * a query over the written collection) receive every change. Phases:
 *  1. the writers alone, as fast as they go;
 *  2. the same writers with the listeners attached: writes/s, and whether every listener saw every
 *     write (count, gaps, duplicates) and how long after the write call;
 *  3. the listeners at a paced write rate (BENCH_RATE), where latency is not queueing;
 *  4. phase 1 with firebase-admin's BulkWriter (single-document writes, 20 per RPC), whose client
 *     needs far less CPU per write, so on a small machine the emulator is what is measured. (Not
 *     with the listeners: it writes faster than one process of 200 listeners can read.)
 * Every process reports its CPU time, so the figures say which part limits the rate.
 * BENCH_SECONDS (default 20), BENCH_LISTENERS (200), BENCH_WRITERS (writer processes, 2),
 * BENCH_CONCURRENCY (calls in flight over all writers, 200), BENCH_RATE (paced rate, 500; 0 skips).
 */
import os from 'node:os';
import { startEmulator } from '../../emulator/src/index.ts';
import { type LoadOutcome, runLoad } from './emulator-load.ts';
import type { WriterConfig } from './emulator-writer.ts';
import { formatSummary } from './stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const LISTENERS = Number(process.env.BENCH_LISTENERS ?? 200);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 2);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const PACED_RATE = Number(process.env.BENCH_RATE ?? 500);

export async function benchEmulatorThroughput(): Promise<string[]> {
  const emulator = await startEmulator({ port: 0 });
  const projectId = `bench-throughput-${Date.now()}`;
  const lines: string[] = [];
  const phase = (
    collection: string,
    listeners: number,
    rate: number,
    api: WriterConfig['api'] = 'set',
  ) =>
    runLoad({
      port: emulator.port,
      projectId,
      collection,
      listeners,
      writers: WRITERS,
      writer: {
        docs: 1000,
        rate,
        concurrency: CONCURRENCY,
        durationMs: SECONDS * 1000,
        textBytes: 100,
        api,
      },
    });
  const writers = `${WRITERS} firebase-admin process${WRITERS === 1 ? '' : 'es'}`;
  try {
    const alone = await phase('alone', 0, 0);
    lines.push(...writerLines(`single-document writes, ${writers}, no listeners`, alone));
    const loaded = await phase('loaded', LISTENERS, 0);
    lines.push(...writerLines(`same with ${LISTENERS} WebChannel listeners`, loaded));
    lines.push(...listenerLines(loaded));
    if (PACED_RATE > 0) {
      const paced = await phase('paced', LISTENERS, PACED_RATE);
      lines.push(...writerLines(`paced at ${PACED_RATE}/s, ${LISTENERS} listeners`, paced));
      lines.push(...listenerLines(paced));
    }
    const bulkAlone = await phase('bulk-alone', 0, 0, 'bulkWriter');
    lines.push(...writerLines(`BulkWriter, ${writers}, no listeners`, bulkAlone));
  } finally {
    await emulator.close();
  }
  return lines;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function writerLines(label: string, outcome: LoadOutcome): string[] {
  const { writers, emulatorCpuMs } = outcome;
  const issued = writers.issued.reduce((sum, n) => sum + n, 0);
  const done = issued - writers.errors;
  const seconds = writers.elapsedMs / 1000;
  // Whole seconds only: the first and last are partial.
  const whole = writers.perSecond.slice(1, -1);
  const slowest = whole.length ? Math.min(...whole) : Number.NaN;
  const errors = writers.errors ? `, ${writers.errors} errors (${writers.firstError})` : '';
  const perWrite = (cpuMs: number) => `${int((1000 * cpuMs) / done)} µs`;
  const emulatorShare = emulatorCpuMs / writers.elapsedMs;
  return [
    `${label}: ${int(done / seconds)} writes/s over ${seconds.toFixed(0)} s (slowest second ${int(slowest)}/s)${errors}`,
    `  CPU per write: emulator ${perWrite(emulatorCpuMs)} (${pct(emulatorShare)} of a core), firebase-admin ${perWrite(writers.cpuMs)}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
    `  ${formatSummary('commit round trip', writers.commitLatencies)}`,
  ];
}

export function listenerLines(outcome: LoadOutcome): string[] {
  const result = outcome.listeners;
  if (!result) return [];
  const expected = result.expected * result.received.length;
  const received = result.received.reduce((sum, n) => sum + n, 0);
  const complete = result.received.filter((n) => n >= result.expected).length;
  const seconds = (outcome.writers.elapsedMs + result.drainMs) / 1000;
  const perDelivery = (cpuMs: number) => `${((1000 * cpuMs) / received).toFixed(1)} µs`;
  const lines = [
    `  deliveries: ${int(received)} of ${int(expected)} (${((100 * received) / expected).toFixed(2)}%), ${complete}/${result.received.length} listeners got every write, ${result.duplicates} duplicates; ${int(received / seconds)} deliveries/s, the last ${result.drainMs} ms after the last write`,
    `  CPU per delivery: emulator ${perDelivery(outcome.emulatorCpuMs)} (commit included), listeners ${perDelivery(result.cpuMs)}; ${result.reconnects} back-channel re-GETs`,
    `  ${formatSummary('write call to listener', result.latencies)}`,
  ];
  for (const problem of result.problems) lines.push(`  problem: ${problem}`);
  return lines;
}

function pct(share: number): string {
  return `${Math.round(100 * share)}%`;
}
