/**
 * Issue 18: what Firestore bills per delivered message, per widget open, per chat started and per
 * idle operator-hour, for a scenario (default: 200 visitors chatting for 5 minutes with 20
 * operators, and again with 100), against the targets of ADR 006. Sizes and durations come from
 * the environment so a small machine can run a shorter scenario:
 * BENCH_COST_VISITORS, BENCH_COST_TEAMS (comma-separated team sizes), BENCH_COST_CHAT_SECONDS,
 * BENCH_COST_IDLE_SECONDS, BENCH_COST_MESSAGE_EVERY_SECONDS, BENCH_COST_WIDGET_OPENS,
 * BENCH_COST_OFFER_MODES (comma-separated: one = one at a time, the mode that meets the targets
 * and the default here; all = everyone at once, the workspaces' default; ADR 008).
 * Every figure is a row of `npm run bench`'s table, with its target (npm run bench exits non-zero
 * when one is missed).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import { buildFunctions } from '../../stack/build.ts';
import { seedDemo } from '../../stack/seed.ts';
import { resolvePorts, startStack } from '../../stack/stack.ts';
import { rootDir } from '../local-stack.ts';
import type { BenchOutput, Metric } from '../report.ts';
import { runScenario, type ScenarioResult } from './scenario.ts';
import { TARGETS, teamGrowth } from './targets.ts';
import { retries } from './web-client.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export async function benchCost(): Promise<BenchOutput> {
  const teams = (process.env.BENCH_COST_TEAMS ?? '20,100').split(',').map(Number);
  const modes = (process.env.BENCH_COST_OFFER_MODES ?? 'one').split(',') as OfferMode[];
  const base = {
    visitors: env('BENCH_COST_VISITORS', 200),
    chatSeconds: env('BENCH_COST_CHAT_SECONDS', 300),
    idleSeconds: env('BENCH_COST_IDLE_SECONDS', 120),
    messageEverySeconds: env('BENCH_COST_MESSAGE_EVERY_SECONDS', 5),
    widgetOpens: env('BENCH_COST_WIDGET_OPENS', 20),
  };
  await buildFunctions(rootDir);
  const runDir = path.join(rootDir, '.parley', `bench-cost-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  const meterFile = path.join(runDir, 'meter.jsonl');
  const stack = await startStack({
    rootDir,
    runDir,
    ports: await resolvePorts('free'),
    persist: false,
    functionsEnv: { PARLEY_METER_FILE: meterFile },
    log: () => {},
  });
  const results: ScenarioResult[] = [];
  try {
    const { info } = stack;
    await seedDemo({
      projectId: info.projectId,
      firestoreHost: info.firestoreHost,
      authHost: info.authHost,
    });
    const app = initializeApp({ projectId: info.projectId }, `bench-cost-${Date.now()}`);
    const admin = { db: getFirestore(app), auth: getAuth(app) };
    for (const offerMode of modes)
      for (const operators of teams) {
        const result = await runScenario(info, admin, meterFile, {
          ...base,
          operators,
          offerMode,
        });
        results.push(result);
        for (const line of describe(result)) console.log(`  ${line}`);
      }
  } finally {
    await stack.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
  const growing = teamGrowth(results);
  return {
    metrics: results.flatMap(metricsOf).concat({
      name: 'per-operation figures that grow with the team',
      value: growing.length,
      unit: '',
      target: { max: 0 },
      ...(growing.length ? { detail: growing.join('; ') } : {}),
    }),
    notes: [`callables tried again after being lost on an overloaded machine: ${retries}`],
  };
}

/** One scenario's figures as rows, with the targets of ADR 006 (targets.ts). */
function metricsOf(r: ScenarioResult): Metric[] {
  const team = `${r.params.operators} operators, ${r.params.offerMode === 'one' ? 'one at a time' : 'everyone at once'}`;
  const d = r.delivery;
  return [
    {
      name: `${team}: reads per delivered message, clients and functions`,
      value: round(r.perMessage.reads),
      unit: 'reads',
      target: { max: TARGETS.readsPerMessage },
      detail: `clients alone ${f(r.clientPerMessage.reads)}; ${d.delivered} delivered`,
    },
    {
      name: `${team}: the rules' reads per delivered message, billed on top`,
      value: round(r.rulesPerMessage),
      unit: 'reads',
      detail: `${f(r.perMessage.reads + r.rulesPerMessage)} reads a message in all`,
    },
    {
      name: `${team}: writes per delivered message`,
      value: round(r.perMessage.writes),
      unit: 'writes',
    },
    {
      name: `${team}: reads per widget open`,
      value: round(r.widgetOpen.reads),
      unit: 'reads',
      target: { max: TARGETS.widgetOpenReads },
    },
    {
      name: `${team}: reads per chat started`,
      value: round(r.chatStart.reads),
      unit: 'reads',
      target: { max: TARGETS.chatStartReads },
    },
    {
      name: `${team}: reads per idle operator-hour`,
      value: round(r.idleReadsPerOperatorHour),
      unit: 'reads',
      target: { max: TARGETS.idleReadsPerOperatorHour },
      detail: `the consoles' own ${f(r.idleConsoleReadsPerOperatorHour)}`,
    },
    {
      name: `${team}: operators who read one offer, at most`,
      value: r.offerReaders.max,
      unit: 'operators',
      // Everyone at once rings, and is read by, every available operator by definition.
      ...(r.params.offerMode === 'one' ? { target: { max: 1 } } : {}),
      detail: `average ${f(r.offerReaders.average)}; acceptChat ${r.acceptCalls} calls, ${r.acceptLost} lost`,
    },
    {
      name: `${team}: messages lost, duplicated or out of order`,
      value: d.lost + d.duplicated + d.outOfOrder,
      unit: 'messages',
      target: { max: 0 },
      detail: `${d.lost} lost, ${d.duplicated} duplicated, ${d.outOfOrder} out of order of ${d.sent} sent`,
    },
  ];
}

const round = (value: number) => Number(value.toFixed(2));
const f = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function describe(r: ScenarioResult): string[] {
  const p = r.params;
  const d = r.delivery;
  return [
    `— ${p.operators} operators, offers ${p.offerMode === 'one' ? 'one at a time' : 'to everyone at once'}, ${p.visitors} visitors, ${p.chatSeconds} s of chat (a message every ${p.messageEverySeconds} s each way), ${p.idleSeconds} s idle`,
    `per delivered message: ${f(r.perMessage.reads)} reads, ${f(r.perMessage.writes)} writes (clients alone ${f(r.clientPerMessage.reads)} reads, ${f(r.clientPerMessage.writes)} writes; ${d.delivered} delivered of ${d.sent} sent: ${d.lost} lost, ${d.duplicated} duplicated, ${d.outOfOrder} out of order)`,
    `the rules' reads, billed on top: ${f(r.rulesPerMessage)} per delivered message (${f(r.perMessage.reads + r.rulesPerMessage)} reads a message in all); per chat: ${r.rulesBreakdown}`,
    `per widget open: ${f(r.widgetOpen.reads)} reads, ${f(r.widgetOpen.writes)} writes; per chat started (startChat): ${f(r.chatStart.reads)} reads, ${f(r.chatStart.writes)} writes (${r.chats} chats)`,
    `per idle operator-hour: ${f(r.idleReadsPerOperatorHour)} reads (the consoles' own ${f(r.idleConsoleReadsPerOperatorHour)}); per console start: ${f(r.consoleStartReads)} reads`,
    `reads per chat, by listener and function: ${r.breakdown}`,
    `reads while idle (${p.idleSeconds} s, whole team): ${r.idleBreakdown}`,
    `offers: read by ${f(r.offerReaders.average)} operators on average, ${r.offerReaders.max} at most; acceptChat ${r.acceptCalls} calls, ${r.acceptLost} lost the race`,
    `listeners ended by an error: ${r.listenerErrors}`,
  ];
}
