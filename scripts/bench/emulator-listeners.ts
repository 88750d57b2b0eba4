/**
 * Child process of the emulator benchmarks: N browser-style listeners (emulator-listener-client.ts)
 * on the benchmark's collection. Each one checks that it receives every write exactly once: each
 * writer numbers its writes 1..N (`seq`), and a listener keeps, per writer, the highest seq below
 * which it has everything plus the few that arrived early, so a ten-minute run needs no
 * per-write memory.
 */
import { nowMs, receiveConfig, report } from './emulator-child.ts';
import { BenchListener } from './emulator-listener-client.ts';
import { Reservoir } from './emulator-reservoir.ts';

export interface ListenersConfig {
  port: number;
  database: string;
  /** The Listen target each listener adds (targetId is set here). */
  target: Record<string, unknown>;
  listeners: number;
}

export type ListenersMessage =
  | { type: 'ready'; connectMs: number }
  | ({ type: 'result' } & ListenersResult);

export interface ListenersResult {
  /** Writes every listener was expected to see. */
  expected: number;
  /** Per listener: distinct writes received. */
  received: number[];
  duplicates: number;
  problems: string[];
  reconnects: number;
  /** Write (client call) to listener (chunk parsed) in ms: a uniform sample. */
  latencies: number[];
  /** When the last listener had everything, ms after the writer finished (or the drain limit). */
  drainMs: number;
  /** CPU time this process used since the listeners were ready. */
  cpuMs: number;
}

/** What the parent sends once the writers are done: how many writes each one issued. */
export interface FinishMessage {
  type: 'finish';
  issued: number[];
  drainLimitMs: number;
}

/** What one listener received from one writer. */
class Completeness {
  received = 0;
  duplicates = 0;
  /** Every seq below this has arrived. */
  private next = 1;
  private early = new Set<number>();

  add(seq: number): void {
    if (seq < this.next || this.early.has(seq)) {
      this.duplicates++;
      return;
    }
    this.received++;
    this.early.add(seq);
    while (this.early.delete(this.next)) this.next++;
  }
}

/** What one listener received, per writer. */
class ListenerTally {
  private writers: Completeness[] = [];

  add(writer: number, seq: number): void {
    this.writers[writer] ??= new Completeness();
    this.writers[writer].add(seq);
  }

  get received(): number {
    return this.writers.reduce((sum, w) => sum + (w?.received ?? 0), 0);
  }

  get duplicates(): number {
    return this.writers.reduce((sum, w) => sum + (w?.duplicates ?? 0), 0);
  }

  /** Whether every write up to `issued[w]` of each writer w has arrived. */
  complete(issued: number[]): boolean {
    return issued.every((n, w) => (this.writers[w]?.received ?? 0) >= n);
  }

  reset(): void {
    this.writers = [];
  }
}

async function main() {
  const config = await receiveConfig<ListenersConfig>();
  const latencies = new Reservoir();
  const problems: string[] = [];
  const states: ListenerTally[] = [];
  let current = 0;
  const started = Date.now();
  const listeners = await Promise.all(
    Array.from({ length: config.listeners }, async () => {
      const state = new ListenerTally();
      states.push(state);
      return BenchListener.open(config.port, config.database, config.target, {
        change(writer, seq, sentAt) {
          latencies.add(nowMs() - sentAt);
          state.add(writer, seq);
        },
        current: () => current++,
        problem: (message) => {
          if (problems.length < 20) problems.push(message);
        },
      });
    }),
  );
  while (current < config.listeners) await sleep(10);
  const cpuStart = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / 1000;
  };
  void report({ type: 'ready', connectMs: Date.now() - started });
  // Ignore the initial result (documents from an earlier phase): only the benchmark's writes count.
  for (const state of states) state.reset();
  latencies.samples.length = 0;
  latencies.seen = 0;

  process.on('message', async (message: FinishMessage) => {
    const finishedAt = Date.now();
    const done = () => states.every((s) => s.complete(message.issued));
    while (!done() && Date.now() - finishedAt < message.drainLimitMs) await sleep(20);
    const drainMs = Date.now() - finishedAt;
    const result: ListenersResult = {
      expected: message.issued.reduce((sum, n) => sum + n, 0),
      received: states.map((s) => s.received),
      duplicates: states.reduce((sum, s) => sum + s.duplicates, 0),
      problems,
      reconnects: listeners.reduce((sum, l) => sum + l.reconnects, 0),
      latencies: latencies.samples,
      drainMs,
      cpuMs: cpuMs(),
    };
    await Promise.all(listeners.map((listener) => listener.close()));
    await report({ type: 'result', ...result });
    process.exit(0);
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await main();
