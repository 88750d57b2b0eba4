/**
 * One load phase against an emulator running in this process: firebase-admin writers and N
 * browser-style listeners, each in child processes (the emulator keeps this event loop).
 * Listeners connect first; the writers then run for their duration; the listeners finally get
 * the write counts and report whether every one of them saw every write.
 */
import { type Child, startChild } from './emulator-child.ts';
import type {
  FinishMessage,
  ListenersConfig,
  ListenersMessage,
  ListenersResult,
} from './emulator-listeners.ts';
import type { WriterConfig, WriterResult } from './emulator-writer.ts';

export interface LoadPhase {
  port: number;
  projectId: string;
  collection: string;
  listeners: number;
  /** Writer processes; `rate` is their total. */
  writers: number;
  writer: Omit<WriterConfig, 'projectId' | 'collection' | 'writer'>;
  /** How long listeners may take to catch up once the writers are done. */
  drainLimitMs?: number;
  /** Called as the writers start (the listeners are connected by then). */
  onStart?: () => void;
}

/** The writers' results added up (perSecond: all writers together in each whole second). */
export interface WritersOutcome extends Omit<WriterResult, 'type' | 'issued'> {
  /** Writes issued by each writer. */
  issued: number[];
}

export interface LoadOutcome {
  writers: WritersOutcome;
  listeners: ListenersResult | null;
  /** CPU the emulator's process (this one) used while the writers ran. */
  emulatorCpuMs: number;
}

type ListenersResultMessage = ListenersMessage & { type: 'result' };

export async function runLoad(phase: LoadPhase): Promise<LoadOutcome> {
  const database = `projects/${phase.projectId}/databases/(default)`;
  const env = { FIRESTORE_EMULATOR_HOST: `127.0.0.1:${phase.port}` };
  const listeners =
    phase.listeners > 0 ? startChild<ListenersMessage>('./emulator-listeners.ts', env) : null;
  const writers = Array.from({ length: phase.writers }, () =>
    startChild<WriterResult>('./emulator-writer.ts', env),
  );
  try {
    if (listeners) {
      const config: ListenersConfig = {
        port: phase.port,
        database,
        listeners: phase.listeners,
        target: {
          query: {
            parent: `${database}/documents`,
            structuredQuery: { from: [{ collectionId: phase.collection }] },
          },
        },
      };
      await listeners.configure(config);
      await listeners.next('ready');
    }
    phase.onStart?.();
    const cpuStart = process.cpuUsage();
    const results = await Promise.all(writers.map((writer, i) => write(writer, i, phase)));
    const cpu = process.cpuUsage(cpuStart);
    const combined = combine(results);
    let received: ListenersResult | null = null;
    if (listeners) {
      const finish: FinishMessage = {
        type: 'finish',
        issued: combined.issued,
        drainLimitMs: phase.drainLimitMs ?? 60_000,
      };
      listeners.send(finish);
      received = await listeners.next<ListenersResultMessage>(
        'result',
        finish.drainLimitMs + 60_000,
      );
    }
    return {
      writers: combined,
      listeners: received,
      emulatorCpuMs: (cpu.user + cpu.system) / 1000,
    };
  } finally {
    await Promise.all([...writers.map((w) => w.stop()), listeners?.stop()]);
  }
}

async function write(writer: Child<WriterResult>, index: number, phase: LoadPhase) {
  const config: WriterConfig = {
    ...phase.writer,
    rate: phase.writer.rate / phase.writers,
    concurrency: Math.ceil(phase.writer.concurrency / phase.writers),
    writer: index,
    projectId: phase.projectId,
    collection: phase.collection,
  };
  await writer.configure(config);
  return writer.next<WriterResult>('result', phase.writer.durationMs + 120_000);
}

function combine(results: WriterResult[]): WritersOutcome {
  const perSecond: number[] = [];
  for (const result of results) {
    result.perSecond.forEach((n, second) => {
      perSecond[second] = (perSecond[second] ?? 0) + n;
    });
  }
  return {
    issued: results.map((r) => r.issued),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
    perSecond: Array.from(perSecond, (n) => n ?? 0),
    commitLatencies: results.flatMap((r) => r.commitLatencies),
    cpuMs: results.reduce((sum, r) => sum + r.cpuMs, 0),
  };
}
