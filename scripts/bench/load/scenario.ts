/**
 * The load scenario on a running stack: operators' consoles (headless web SDK clients through
 * the console's data layer: cost/operator-client.ts) come online in two workspaces, then visitors
 * (cost/visitor-client.ts, what the widget does) arrive over the first part of the run, spread
 * over the departments and URL rules, each chatting for a while once an operator took the chat,
 * then ending it. Returns what was measured; index.ts turns it into the benchmark's rows.
 */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { OfferMode } from '../../../utils/domain/offers.ts';
import { paths } from '../../../utils/domain/paths.ts';
import type { StackInfo } from '../../stack/stack.ts';
import { byListener, listenerErrors, minus, sum } from '../cost/meter.ts';
import { OperatorClient } from '../cost/operator-client.ts';
import { waitForOnline } from '../cost/team.ts';
import { Traffic } from '../cost/traffic.ts';
import { VisitorClient } from '../cost/visitor-client.ts';
import { startMemorySampler } from './memory.ts';
import { startRawListenerProbe } from './raw-listener.ts';
import { makeLoadWorkspaces, waitForRouting } from './workspaces.ts';

export interface LoadParams {
  visitors: number;
  operators: number;
  /** How long visitors keep arriving and chatting, in all. */
  seconds: number;
  /** How long one visitor chats once an operator took the chat. */
  chatSeconds: number;
  messageEverySeconds: number;
  /** Chats an operator takes at once (the product's default is 5). */
  maxChats: number;
  offerMode: OfferMode;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Visitors arrive over this share of the run, so the last ones still chat before it ends. */
const ARRIVALS_SHARE = 0.6;

export async function runLoad(
  stack: StackInfo,
  admin: { db: Firestore; auth: Auth },
  params: LoadParams,
) {
  const traffic = new Traffic();
  const workspaces = await makeLoadWorkspaces(
    admin,
    params.operators,
    params.maxChats,
    params.offerMode,
  );
  const operators = workspaces.flatMap(({ ws, accounts }) =>
    accounts.map((account) => new OperatorClient(stack, ws, account, traffic)),
  );
  for (let i = 0; i < operators.length; i += 10)
    await Promise.all(operators.slice(i, i + 10).map((o) => o.start()));
  for (const { ws, accounts } of workspaces) await waitForOnline(admin.db, ws, accounts.length);
  await waitForRouting(admin.db, workspaces);

  const memory = startMemorySampler();
  const raw = startRawListenerProbe(stack);
  const operatorsFrom = sum(operators.map((o) => o.meter.tally));
  const rulesReadsFrom = operators.reduce((n, o) => n + o.meter.rulesReads, 0);
  const listenersFrom = byListener(operators.map((o) => o.meter));
  const visitors = Array.from({ length: params.visitors }, (_, i) => {
    const workspace = workspaces[i % workspaces.length]!;
    const place = workspace.places[Math.floor(i / workspaces.length) % workspace.places.length]!;
    return new VisitorClient(stack, workspace.ws, i, traffic, place);
  });
  const startedAt = Date.now();
  const endAt = startedAt + params.seconds * 1000;
  const arrivalEveryMs = (params.seconds * 1000 * ARRIVALS_SHARE) / Math.max(1, params.visitors);
  const failures: string[] = [];
  await Promise.all(
    visitors.map(async (v, i) => {
      await sleep(i * arrivalEveryMs);
      try {
        if (!(await v.open())) throw new Error('the widget says unavailable');
        if (!(await v.startChat())) throw new Error('startChat answered offline');
        while (v.status !== 'active' && Date.now() < endAt) await sleep(250);
        const chatEnd = Math.min(endAt, Date.now() + params.chatSeconds * 1000);
        await sleep(Math.random() * params.messageEverySeconds * 1000);
        while (Date.now() < chatEnd) {
          await v.send().catch(() => {});
          await sleep(params.messageEverySeconds * 1000);
        }
        // Every message of the chat arrived (up to 60 s on a loaded machine), then goodbye.
        for (let waited = 0; waited < 60_000; waited += 500) {
          if (v.chatId && traffic.pending(v.chatId) === 0) break;
          await sleep(500);
        }
        await sleep(1_500); // an answer already on its way
      } catch (error) {
        failures.push((error as Error).message);
      }
      await v.end();
    }),
  );
  const ranMs = Date.now() - startedAt;
  memory.stop();
  await raw.stop();

  const chats = visitors.filter((v) => v.chatId);
  const chatDocs = await Promise.all(
    chats.map((v) => admin.db.doc(paths.chat(v.ws, v.chatId!)).get()),
  );
  const queued = new Set(chatDocs.filter((d) => d.get('queuedAt')).map((d) => d.id));
  const firstSeen = (chatId: string, of: 'offeredAt' | 'assignedAt') =>
    Math.min(...operators.map((o) => o[of].get(chatId) ?? Number.POSITIVE_INFINITY));
  const routing: number[] = [];
  const queueWaits: number[] = [];
  const toActive: number[] = [];
  for (const v of chats) {
    const offered = firstSeen(v.chatId!, 'offeredAt') - v.startCalledAt;
    const active = firstSeen(v.chatId!, 'assignedAt') - v.startCalledAt;
    if (Number.isFinite(offered)) (queued.has(v.chatId!) ? queueWaits : routing).push(offered);
    if (Number.isFinite(active)) toActive.push(active);
  }

  const clientMeters = [...operators, ...visitors].map((c) => c.meter);
  const reads = byListener(clientMeters);
  const messageReads = ['operator: messages', 'visitor: messages'].reduce(
    (total, label) => total + (reads.get(label) ?? 0) - (listenersFrom.get(label) ?? 0),
    0,
  );
  const clients = minus(
    sum([...operators.map((o) => o.meter.tally), ...visitors.map((v) => v.meter.tally)]),
    operatorsFrom,
  );
  const rulesReads = clientMeters.reduce((n, m) => n + m.rulesReads, 0) - rulesReadsFrom;
  await Promise.all(operators.map((o) => o.stop()));
  return {
    params,
    ranMs,
    chats: chats.length,
    active: toActive.length,
    queuedChats: queued.size,
    failures,
    delivery: traffic.report(),
    latencies: traffic.latencies,
    raw: raw.latencies,
    routing,
    queueWaits,
    toActive,
    clientReads: clients.reads,
    clientWrites: clients.writes,
    rulesReads,
    messageReads,
    memory: memory.peak,
    listenerErrors: listenerErrors(clientMeters),
    acceptCalls: operators.reduce((n, o) => n + o.acceptCalls, 0),
    acceptLost: operators.reduce((n, o) => n + o.acceptLost, 0),
  };
}

export type LoadResult = Awaited<ReturnType<typeof runLoad>>;
