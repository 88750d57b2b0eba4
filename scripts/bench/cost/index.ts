/**
 * Issue 18: what Firestore bills per delivered message, per widget open, per chat started and per
 * idle operator-hour, for a scenario (default: 200 visitors chatting for 5 minutes with 20
 * operators, and again with 100), against the targets of ADR 006. Sizes and durations come from
 * the environment so a small machine can run a shorter scenario:
 * BENCH_COST_VISITORS, BENCH_COST_TEAMS (comma-separated team sizes), BENCH_COST_CHAT_SECONDS,
 * BENCH_COST_IDLE_SECONDS, BENCH_COST_MESSAGE_EVERY_SECONDS, BENCH_COST_WIDGET_OPENS,
 * BENCH_COST_OFFER_MODES (comma-separated: all = everyone at once, the default; one = one at a
 * time; ADR 008).
 * Throws (npm run bench exits non-zero) when a target is missed.
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
import { runScenario, type ScenarioResult } from './scenario.ts';
import { checkTargets, TARGETS } from './targets.ts';
import { retries } from './web-client.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export async function benchCost(): Promise<string[]> {
  const teams = (process.env.BENCH_COST_TEAMS ?? '20,100').split(',').map(Number);
  const modes = (process.env.BENCH_COST_OFFER_MODES ?? 'all').split(',') as OfferMode[];
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
  const missed = checkTargets(results);
  const lines = [
    `targets: ≤ ${TARGETS.readsPerMessage} reads per delivered message; widget open and chat start O(1) (≤ ${TARGETS.widgetOpenReads} and ≤ ${TARGETS.chatStartReads} reads, not growing with the team); idle operator O(1) (≤ ${TARGETS.idleReadsPerOperatorHour} reads an hour, not growing); an offer read only by the operators it is offered to (everyone available at once, or one at a time); nothing lost, duplicated or out of order`,
    `callables tried again after being lost on an overloaded machine: ${retries}`,
    missed.length === 0 ? 'every target met' : `MISSED: ${missed.join('; ')}`,
  ];
  if (missed.length > 0) {
    for (const line of lines) console.log(`  ${line}`);
    throw new Error(`cost targets missed: ${missed.join('; ')}`);
  }
  return lines;
}

const f = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function describe(r: ScenarioResult): string[] {
  const p = r.params;
  const d = r.delivery;
  return [
    `— ${p.operators} operators, offers ${p.offerMode === 'one' ? 'one at a time' : 'to everyone at once'}, ${p.visitors} visitors, ${p.chatSeconds} s of chat (a message every ${p.messageEverySeconds} s each way), ${p.idleSeconds} s idle`,
    `per delivered message: ${f(r.perMessage.reads)} reads, ${f(r.perMessage.writes)} writes (clients alone ${f(r.clientPerMessage.reads)} reads, ${f(r.clientPerMessage.writes)} writes; ${d.delivered} delivered of ${d.sent} sent: ${d.lost} lost, ${d.duplicated} duplicated, ${d.outOfOrder} out of order)`,
    `per widget open: ${f(r.widgetOpen.reads)} reads, ${f(r.widgetOpen.writes)} writes; per chat started (startChat): ${f(r.chatStart.reads)} reads, ${f(r.chatStart.writes)} writes (${r.chats} chats)`,
    `per idle operator-hour: ${f(r.idleReadsPerOperatorHour)} reads (the consoles' own ${f(r.idleConsoleReadsPerOperatorHour)}); per console start: ${f(r.consoleStartReads)} reads`,
    `reads per chat, by listener and function: ${r.breakdown}`,
    `reads while idle (${p.idleSeconds} s, whole team): ${r.idleBreakdown}`,
    `offers: read by ${f(r.offerReaders.average)} operators on average, ${r.offerReaders.max} at most; acceptChat ${r.acceptCalls} calls, ${r.acceptLost} lost the race`,
    `listeners ended by an error: ${r.listenerErrors}`,
  ];
}
