/**
 * Issue 13's queue targets on a fresh local stack: BENCH_QUEUE_VISITORS (50) visitors wait while
 * BENCH_QUEUE_OPERATORS (5) operators, each with one slot, are busy; then the operators free their
 * slots and keep taking and closing chats. Measures how long a change of place in the queue takes
 * to reach each waiting visitor's listener (the places board's server time `updatedAt` to the
 * snapshot in the visitor's web SDK client, same machine clock) beside a plain listener's, checks
 * that chats were offered in the order they joined (FIFO) and that none was lost.
 * BENCH_QUEUE_OFFER_MODE: all (default) or one. BENCH_QUEUE_WARM_UP: visitors of the unmeasured
 * first round (as many as measured; 0 for none).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { signInAnonymously, signInWithEmailAndPassword } from 'firebase/auth';
import { doc, onSnapshot } from 'firebase/firestore';
import { type App, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { offeredToMe } from '../../utils/data/collections/chats.ts';
import type { OfferMode } from '../../utils/domain/offers.ts';
import { paths } from '../../utils/domain/paths.ts';
import { queueTicket } from '../../utils/domain/queue.ts';
import { webClient } from './cost/web-client.ts';
import { startRawListenerProbe } from './load/raw-listener.ts';
import { startBenchStack } from './local-stack.ts';
import { type BenchOutput, p95Metric } from './report.ts';

const TARGET_P95_MS = 200;
/** How long an operator takes to click Accept once an offer shows. */
const REACTION_MS = { min: 500, max: 1200 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchQueue(): Promise<BenchOutput> {
  const visitors = Number(process.env.BENCH_QUEUE_VISITORS ?? 50);
  const operators = Number(process.env.BENCH_QUEUE_OPERATORS ?? 5);
  const warmUp = Number(process.env.BENCH_QUEUE_WARM_UP ?? visitors);
  const offerMode = (process.env.BENCH_QUEUE_OFFER_MODE ?? 'all') as OfferMode;
  const stack = await startBenchStack();
  try {
    const app = initializeApp({ projectId: stack.info.projectId }, `bench-queue-${Date.now()}`);
    // A fresh emulator runs its rules, commits and listener fan-out interpreted until the JVM has
    // compiled them; a server that has been up for a while has. The same round once, unmeasured,
    // in a workspace of its own first, so that the figures are the steady state's.
    if (warmUp > 0) await queueRound(stack, app, warmUp, operators, offerMode);
    const round = await queueRound(stack, app, visitors, operators, offerMode, true);
    const { draining, joining, plain, offered, order, missed, drainedIn, loopDelay } = round;
    const outOfOrder = offered.filter(
      (id, i) => i > 0 && rank(order, id) < rank(order, offered[i - 1]!),
    ).length;
    return {
      metrics: [
        // A waiting visitor's place changes only when a chat ahead leaves the queue (offered,
        // taken, abandoned): those changes carry the target. A visitor joining behind changes the
        // document too, not anyone's place; they are counted apart.
        p95Metric('place in the queue changed → waiting visitor’s listener', draining, 'ms', {
          max: TARGET_P95_MS,
        }),
        p95Metric('visitor joined behind → waiting visitors’ listeners', joining, 'ms'),
        p95Metric('plain Firestore listener at the same moment (write → listener)', plain, 'ms'),
        {
          name: 'chats offered out of FIFO order',
          value: outOfOrder,
          unit: 'chats',
          target: { max: 0 },
        },
        {
          name: 'chats lost (never offered, or not closed)',
          value: Math.max(missed, visitors - offered.length),
          unit: 'chats',
          target: { max: 0 },
        },
      ],
      notes: [
        `the benchmark's own event loop while the queue drained (all ${visitors} visitors' clients share it): delay p50 ${loopDelay.p50} ms, p99 ${loopDelay.p99} ms`,
        `${visitors} visitors queued behind ${operators} busy operators (one slot each), offers ${offerMode === 'one' ? 'one at a time' : 'to everyone at once'}; ${offered.length} offered, queue drained in ${drainedIn.toFixed(1)} s${warmUp > 0 ? `; after an unmeasured warm-up round of ${warmUp} visitors` : ''}`,
      ],
    };
  } finally {
    await stack.stop();
  }
}

/**
 * One round in a workspace of its own: `visitors` join one after another behind `operators` busy
 * operators, who then free their slots and keep taking and closing chats until all are closed.
 * `probe`: also measure the plain listener and the event loop while the queue drains.
 */
async function queueRound(
  stack: Awaited<ReturnType<typeof startBenchStack>>,
  app: App,
  visitors: number,
  operators: number,
  offerMode: OfferMode,
  probe = false,
) {
  const stops: (() => unknown)[] = [];
  try {
    const db = getFirestore(app);
    const auth = getAuth(app);
    const ws = `queue-${Date.now().toString(36)}`;
    const team = await makeBusyTeam(db, auth, ws, operators, offerMode);
    // Heartbeats (the admin SDK stands in for the consoles' keepers): nobody goes stale.
    const beat = setInterval(() => {
      for (const op of team)
        void db.doc(paths.presence(ws, op.uid)).update({ lastSeen: Timestamp.now() });
    }, 20_000);
    stops.push(() => clearInterval(beat));

    // Visitors join one after another, so the queue's order is known.
    const order: string[] = [];
    /** Queue changes seen by waiting visitors: while others joined, and while the queue drained. */
    const joining: number[] = [];
    const draining: number[] = [];
    let drainStarted = false;
    for (let i = 0; i < visitors; i++) {
      const client = webClient(stack.info);
      stops.push(client.close);
      await signInAnonymously(client.auth);
      const started = await client.call('startChat', {
        workspaceId: ws,
        visitorName: `Visitor ${i}`,
        pageUrl: 'http://127.0.0.1:5173/',
      });
      if (!('chatId' in started) || !started.chatId) throw new Error('startChat did not queue');
      const chatId = started.chatId;
      order.push(chatId);
      let waiting = true;
      const ticket = queueTicket(chatId);
      const stop = onSnapshot(doc(client.db, paths.queuePlaces(ws)), (snapshot) => {
        const receivedAt = Date.now();
        const data = snapshot.data();
        const updatedAt = (data?.updatedAt as { toMillis(): number } | undefined)?.toMillis();
        if (!waiting || updatedAt === undefined || snapshot.metadata.fromCache) return;
        if (!data?.places?.[ticket]) {
          waiting = false; // offered: this visitor stops caring about the queue
          return;
        }
        (drainStarted ? draining : joining).push(receivedAt - updatedAt);
      });
      stops.push(stop);
    }
    const queuedAt = Date.now();
    // How late this process itself ran callbacks while the queue drained: every visitor's client
    // shares it here, where each visitor has a browser of their own.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    stops.push(() => loopDelay.disable());
    // What the emulator alone gives a listener at the same moment: a plain document written and
    // listened to outside Parley's data model, so the queue's figure can be read against it.
    const plain = probe ? startRawListenerProbe(stack.info, 250) : undefined;
    if (plain) stops.push(() => plain.stop());

    // The order offers were made in: one admin listener sees the commits in order; chats offered
    // by the same drain arrive in one snapshot and count in their joining order.
    const offered: string[] = [];
    stops.push(
      db
        .collection(paths.chats(ws))
        .where('status', '==', 'queued')
        .onSnapshot((snapshot) => {
          const now = snapshot
            .docChanges()
            .filter((c) => c.type !== 'removed' && c.doc.get('offeredTo')?.length > 0)
            .map((c) => c.doc.id)
            .filter((id) => !offered.includes(id))
            .sort((a, b) => rank(order, a) - rank(order, b));
          offered.push(...now);
        }),
    );

    // Operators, like people: notice an offer and click Accept a moment later (by then a
    // colleague may have taken it: it left the list), take the oldest chat in their Incoming
    // list, talk briefly, close it (which frees the slot), then the next. Accepting within
    // milliseconds, as a script can, would make every offer to everyone at once a five-way race
    // of callables that no team of people runs.
    const closed = new Set<string>();
    for (const op of team) {
      const client = webClient(stack.info);
      stops.push(client.close);
      await signInWithEmailAndPassword(client.auth, op.email, op.password);
      const incoming: string[] = [];
      let busy = false;
      const work = async () => {
        if (busy) return;
        busy = true;
        while (incoming.length > 0) {
          await sleep(REACTION_MS.min + Math.random() * (REACTION_MS.max - REACTION_MS.min));
          const chatId = incoming.shift();
          if (!chatId) break;
          const won = await client.call('acceptChat', { workspaceId: ws, chatId }).then(
            () => true,
            () => false, // a colleague was quicker (everyone at once)
          );
          if (!won) continue;
          await sleep(300 + Math.random() * 700);
          await client.call('closeChat', { workspaceId: ws, chatId });
          closed.add(chatId);
        }
        busy = false;
      };
      stops.push(
        onSnapshot(offeredToMe(client.db, ws, op.uid), (snapshot) => {
          for (const change of snapshot.docChanges()) {
            const at = incoming.indexOf(change.doc.id);
            if (change.type === 'removed' && at >= 0) incoming.splice(at, 1);
            if (change.type === 'added') incoming.push(change.doc.id);
          }
          incoming.sort((a, b) => rank(order, a) - rank(order, b));
          void work().catch((error) => console.error(`  ${op.email}: ${error}`));
        }),
      );
    }
    // Everyone's first chat ends: their slots free up and the queue starts moving.
    drainStarted = true;
    await Promise.all(
      team.map((op) => db.doc(paths.presence(ws, op.uid)).update({ activeChats: 0 })),
    );
    const deadline = Date.now() + 10 * 60_000;
    while (closed.size < visitors && Date.now() < deadline) await sleep(500);
    const drainedIn = (Date.now() - queuedAt) / 1000;

    const chats = await db.collection(paths.chats(ws)).get();
    return {
      joining,
      draining,
      plain: plain?.latencies ?? [],
      offered,
      order,
      missed: chats.docs.filter((d) => d.get('status') !== 'closed').length,
      drainedIn,
      loopDelay: {
        p50: Math.round(loopDelay.percentile(50) / 1e6),
        p99: Math.round(loopDelay.percentile(99) / 1e6),
      },
    };
  } finally {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => {});
  }
}

/** A chat's place in the joining order. */
const rank = (order: string[], chatId: string) => order.indexOf(chatId);

async function makeBusyTeam(
  db: ReturnType<typeof getFirestore>,
  auth: ReturnType<typeof getAuth>,
  ws: string,
  size: number,
  offerMode: OfferMode,
) {
  const team = await Promise.all(
    Array.from({ length: size }, async (_, i) => {
      const email = `op${i}.${ws}@parley.test`;
      const password = 'bench-password-1';
      const user = await auth.createUser({ email, password, displayName: `Operator ${i}` });
      await auth.setCustomUserClaims(user.uid, { ws, role: i === 0 ? 'admin' : 'normal' });
      return { uid: user.uid, email, password, admin: i === 0 };
    }),
  );
  const batch = db.batch();
  batch.set(db.doc(paths.workspace(ws)), {
    name: `Queue ${ws}`,
    seatPrice: 1900,
    currency: 'EUR',
    routingMode: 'all',
    offerMode,
    queueTimeoutSeconds: 3600,
    createdAt: Timestamp.now(),
    onboarding: { widgetSeenAt: Timestamp.now(), firstChatAt: Timestamp.now() },
  });
  for (const [i, op] of team.entries()) {
    batch.set(db.doc(paths.operator(ws, op.uid)), {
      displayName: `Operator ${i}`,
      role: op.admin ? 'admin' : 'normal',
      active: true,
      maxChats: 1,
      createdAt: Timestamp.now(),
    });
    batch.set(db.doc(paths.operatorPrivate(ws, op.uid)), { email: op.email });
    batch.set(db.doc(paths.presence(ws, op.uid)), {
      state: 'online',
      lastSeen: Timestamp.now(),
      activeChats: 1,
    });
  }
  await batch.commit();
  // The routing summary must know them busy before the first visitor arrives.
  for (let waited = 0; waited < 30_000; waited += 250) {
    const summary = (await db.doc(paths.routingSummary(ws)).get()).data();
    const known = Object.values(summary?.presence ?? {}).filter(
      (p) => (p as { activeChats: number }).activeChats === 1,
    ).length;
    if (known === size) break;
    await sleep(250);
  }
  return team;
}
