/**
 * Child process of the emulator benchmarks: firebase-admin (gRPC, unmodified) writing single
 * documents, as fast as it can with `concurrency` calls in flight, or paced at `rate` writes per
 * second. Write number n of writer w sets `{writer: w, seq: n, sentAt, text}` on doc
 * `w{w}-{n % docs}`, so listeners can check they saw every write and how long it took.
 * `api: 'set'` is one Commit RPC per write; `'bulkWriter'` is firebase-admin's BulkWriter (each
 * write still applied and committed on its own, but up to 20 travel in one BatchWrite RPC), which
 * is how a server pushes many independent writes, and costs the client far less CPU per write.
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
  /** How each write is sent (default 'set'); 'bulkWriter' needs rate 0. */
  api?: 'set' | 'bulkWriter';
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

  if (config.api === 'bulkWriter' && config.rate > 0) {
    throw new Error('BulkWriter batches what is pending: pace it and writes wait for company.');
  }
  // No throttling: its 500-ops/s ramp-up is for production databases, not for a load test.
  const bulk = config.api === 'bulkWriter' ? db.bulkWriter({ throttling: false }) : null;
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
        const ref = collection.doc(`w${config.writer}-${seq % config.docs}`);
        const data = { writer: config.writer, seq, sentAt, text };
        await (bulk ? bulk.set(ref, data) : ref.set(data));
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

  // BulkWriter sends a batch when 20 writes are pending; at the end fewer are, so send them.
  const sendStragglers = bulk && setInterval(() => void bulk.flush(), 100);
  await Promise.all(Array.from({ length: config.concurrency }, worker));
  if (sendStragglers) clearInterval(sendStragglers);
  await bulk?.close();
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
