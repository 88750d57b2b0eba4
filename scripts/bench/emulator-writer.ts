/**
 * Child process of the emulator benchmarks: firebase-admin (gRPC, unmodified) writing one
 * document per commit, as fast as it can with `concurrency` calls in flight, or paced at `rate`
 * writes per second. Write number n of writer w sets `{writer: w, seq: n, sentAt, text}` on doc
 * `w{w}-{n % docs}`, so listeners can check they saw every write and how long it took.
 */
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { nowMs, receiveConfig, report } from './emulator-child.ts';
import { Reservoir } from './emulator-reservoir.ts';

export interface WriterConfig {
  /** This writer's number (several writer processes may run at once). */
  writer: number;
  projectId: string;
  collection: string;
  /** Distinct documents this writer writes round-robin. */
  docs: number;
  /** Writes per second; 0 = as fast as `concurrency` allows. */
  rate: number;
  concurrency: number;
  durationMs: number;
  /** Size of the `text` field: the documents a chat app writes are small. */
  textBytes: number;
}

export interface WriterResult {
  type: 'result';
  /** Writes issued (seq 1..issued); the ones that failed are counted in `errors`. */
  issued: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  /** Writes completed in each whole second of the run. */
  perSecond: number[];
  /** Commit round trips in ms (a uniform sample). */
  commitLatencies: number[];
  cpuMs: number;
}

async function main() {
  // tsx turns source maps on for this file; firebase-admin captures a stack trace on every call,
  // and mapping those would be the benchmark's cost, not the SDK's or the emulator's.
  process.setSourceMapsEnabled(false);
  const config = await receiveConfig<WriterConfig>();
  const app = initializeApp({ projectId: config.projectId }, `bench-${config.writer}`);
  const db = getFirestore(app);
  const collection = db.collection(config.collection);
  const text = 'x'.repeat(config.textBytes);
  // Writes outside the measurement (and the listened collection): channel and SDK warm up.
  const warmup = db.collection(`${config.collection}-warmup`);
  for (let i = 0; i < 200; i++) await warmup.doc(`w${config.writer}-${i % 10}`).set({ text });

  const perSecond: number[] = [];
  const latencies = new Reservoir();
  const cpuStart = process.cpuUsage();
  const started = nowMs();
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;

  async function worker() {
    for (;;) {
      const seq = issued + 1;
      const due = config.rate > 0 ? started + ((seq - 1) * 1000) / config.rate : nowMs();
      if (due - started >= config.durationMs || nowMs() - started >= config.durationMs) return;
      issued = seq;
      if (due > nowMs()) await sleep(due - nowMs());
      const sentAt = nowMs();
      try {
        await collection
          .doc(`w${config.writer}-${seq % config.docs}`)
          .set({ writer: config.writer, seq, sentAt, text });
        const done = nowMs();
        latencies.add(done - sentAt);
        const second = Math.floor((done - started) / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + 1;
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  }

  await Promise.all(Array.from({ length: config.concurrency }, worker));
  const elapsedMs = nowMs() - started;
  const used = process.cpuUsage(cpuStart);
  const result: WriterResult = {
    type: 'result',
    issued,
    errors,
    firstError,
    elapsedMs,
    perSecond: Array.from(perSecond, (n) => n ?? 0),
    commitLatencies: latencies.samples,
    cpuMs: (used.user + used.system) / 1000,
  };
  await report(result);
  await db.terminate();
  await deleteApp(app);
  process.exit(0);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await main();
