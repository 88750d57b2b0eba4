/**
 * Issue 16: Parley under load on a fresh local stack. Visitors doing what the widget does
 * (cost/visitor-client.ts) chat with operators whose consoles are headless web SDK clients through
 * the console's data layer (cost/operator-client.ts; no browser), spread over two workspaces that
 * route by department and by URL rule. Reports the latencies both ways, routing and queue waits,
 * delivery (lost, duplicated, out of order), reads and writes per delivered message counted from
 * what the clients received and wrote, the memory of the stack and of the clients, and Parley's
 * overhead over a plain Firestore listener measured in the same run (raw-listener.ts).
 *
 * The scenario is 200 visitors, 20 operators, 5 minutes; the development machine (2 cores,
 * shared) takes every chat only up to about 60 visitors, so that is the default (README,
 * "Performance"): BENCH_LOAD_VISITORS [60] (200 for the issue's), BENCH_LOAD_OPERATORS [20],
 * BENCH_LOAD_SECONDS [300]; also BENCH_LOAD_CHAT_SECONDS [90] (one visitor's chat once taken),
 * BENCH_LOAD_MESSAGE_EVERY_SECONDS [5], BENCH_LOAD_MAX_CHATS [5] (per operator),
 * BENCH_LOAD_OFFER_MODE [one] (all = everyone at once).
 */
import os from 'node:os';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import { retries } from '../cost/web-client.ts';
import { startBenchStack } from '../local-stack.ts';
import type { BenchOutput, Metric } from '../report.ts';
import { summarize } from '../stats.ts';
import { type LoadParams, type LoadResult, runLoad } from './scenario.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export function loadParams(): LoadParams {
  return {
    visitors: env('BENCH_LOAD_VISITORS', 60),
    operators: env('BENCH_LOAD_OPERATORS', 20),
    seconds: env('BENCH_LOAD_SECONDS', 300),
    chatSeconds: env('BENCH_LOAD_CHAT_SECONDS', 90),
    messageEverySeconds: env('BENCH_LOAD_MESSAGE_EVERY_SECONDS', 5),
    maxChats: env('BENCH_LOAD_MAX_CHATS', 5),
    offerMode: (process.env.BENCH_LOAD_OFFER_MODE ?? 'one') as OfferMode,
  };
}

export async function benchLoad(): Promise<BenchOutput> {
  const params = loadParams();
  const loadBefore = os.loadavg();
  const stack = await startBenchStack();
  let result: LoadResult;
  try {
    const app = initializeApp({ projectId: stack.info.projectId }, `bench-load-${Date.now()}`);
    result = await runLoad(stack.info, { db: getFirestore(app), auth: getAuth(app) }, params);
  } finally {
    await stack.stop();
  }
  return { metrics: loadMetrics(result), notes: loadNotes(result, loadBefore, os.loadavg()) };
}

const round = (value: number) => Number(value.toFixed(value < 10 ? 2 : 0));

/** p95 as the value, the rest of the distribution in the detail; an empty sample is said so. */
function timing(name: string, samples: number[]): Metric {
  const s = summarize(samples);
  if (s.n === 0) return { name: `${name}, p95`, value: 0, unit: 'ms', detail: 'none measured' };
  return {
    name: `${name}, p95`,
    value: s.p95,
    unit: 'ms',
    detail: `p50 ${s.p50}, p99 ${s.p99}, max ${s.max}, n=${s.n}`,
  };
}

export function loadMetrics(r: LoadResult): Metric[] {
  const toOperator = summarize(r.latencies.operator);
  const raw = summarize(r.raw);
  const d = r.delivery;
  const perMessage = (n: number) => round(n / Math.max(1, d.delivered));
  return [
    timing('visitor → operator, write to listener', r.latencies.operator),
    timing('operator → visitor, write to listener', r.latencies.visitor),
    timing('plain Firestore writer → listener, same emulator and moment', r.raw),
    {
      name: "Parley's overhead: visitor → operator ÷ plain listener, p50",
      value: round(toOperator.p50 / raw.p50),
      unit: '×',
      detail: `p95 ${round(toOperator.p95 / raw.p95)}×`,
    },
    timing('routing: startChat called → offered at an operator', r.routing),
    timing("startChat called → in the operator's chats (accepted after 0.3–3 s)", r.toActive),
    timing('queue wait: startChat called → offered, chats that queued', r.queueWaits),
    { name: 'messages lost', value: d.lost, unit: '', target: { max: 0 }, detail: `of ${d.sent}` },
    { name: 'messages duplicated', value: d.duplicated, unit: '', target: { max: 0 } },
    { name: 'messages out of order', value: d.outOfOrder, unit: '', target: { max: 0 } },
    {
      name: 'reads per delivered message, message listeners',
      value: perMessage(r.messageReads),
      unit: '',
      target: { max: 2 },
      detail: `${d.delivered} delivered; the recipient's read and the sender's echo, plus each chat's notes`,
    },
    {
      name: 'reads per delivered message, every client listener',
      value: perMessage(r.clientReads),
      unit: '',
      detail: 'with chat lists, offers, chat documents, presence; rules and functions not counted',
    },
    {
      name: "the rules' reads per delivered message",
      value: perMessage(r.rulesReads),
      unit: '',
      detail: 'billed on top, counted per request (cost/rules-reads.ts)',
    },
    { name: 'writes per delivered message, clients', value: perMessage(r.clientWrites), unit: '' },
    {
      name: 'chats taken by an operator',
      value: r.active,
      unit: '',
      target: { min: r.params.visitors },
      detail: `${r.chats} started, ${r.queuedChats} waited in the queue`,
    },
    {
      name: 'stack resident memory, peak',
      value: Math.round(r.memory.stackMb),
      unit: 'MB',
      detail: `Firestore emulator JVM ${Math.round(r.memory.firestoreMb)} MB`,
    },
    {
      name: 'clients resident memory, peak (one Node process)',
      value: Math.round(r.memory.clientsRssMb),
      unit: 'MB',
      detail: `JS heap ${Math.round(r.memory.clientsHeapMb)} MB`,
    },
  ];
}

function loadNotes(r: LoadResult, before: number[], after: number[]): string[] {
  const p = r.params;
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  return [
    `ran: ${p.visitors} visitors, ${p.operators} operators (headless web SDK consoles, no browser; max ${p.maxChats} chats each, offers ${p.offerMode === 'one' ? 'one at a time' : 'to everyone at once'}), ${p.seconds} s (${Math.round(r.ranMs / 1000)} s in fact), chats of ${p.chatSeconds} s with a message every ${p.messageEverySeconds} s each way`,
    `machine: ${os.cpus().length} cores, load average ${load(before)} before, ${load(after)} after`,
    `visitors that failed: ${r.failures.length ? r.failures.join('; ') : 'none'}; callables retried: ${retries}`,
    `acceptChat: ${r.acceptCalls} calls, ${r.acceptLost} refused (the offer had moved on or was taken)`,
    `listeners ended by an error: ${r.listenerErrors}`,
  ];
}
