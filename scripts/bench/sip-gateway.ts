/**
 * Issue 15's targets for the SIP gateway, on the local stack:
 * - 200 registered SIP clients held with refreshes: each registers for the minimum interval
 *   (60 s) and refreshes at half of it, as clients do, for BENCH_SIP_SECONDS (default 90);
 *   every refresh must succeed and every binding must still be there at the end;
 * - a visitor message reaches the operator's SIP client as a MESSAGE, p95 < 100 ms: measured
 *   from just before the widget-style write (message + chat stamp) to the client receiving it.
 * Clients, gateway and writer share this process (one clock); the emulators run beside it.
 */
import { randomBytes } from 'node:crypto';
import { initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { sipHa1 } from '../../functions/src/sip-credentials.ts';
import { startGateway } from '../../sip-gateway/src/gateway.ts';
import { SipClient } from '../../tests/integration/sip/sip-client.ts';
import { freePort } from '../stack/ports.ts';
import { startBenchStack } from './local-stack.ts';
import { type BenchOutput, p95Metric } from './report.ts';

const CLIENTS = Number(process.env.BENCH_SIP_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SIP_SECONDS ?? 90);
const MESSAGES = Number(process.env.BENCH_SIP_MESSAGES ?? 200);
const WS = 'bench';
const DOMAIN = `${WS}.chat.parley.test`;
const PASSWORD = 'bench-sip-password';

export async function benchSipGateway(): Promise<BenchOutput> {
  const stack = await startBenchStack();
  const { info } = stack;
  process.env.FIRESTORE_EMULATOR_HOST = info.firestoreHost!;
  process.env.GCLOUD_PROJECT = info.projectId;
  const db = getFirestore(initializeApp({ projectId: info.projectId }, `bench-sip-${Date.now()}`));
  const port = await freePort();
  const gateway = await startGateway({
    host: '127.0.0.1',
    port,
    baseDomain: 'chat.parley.test',
    digestAlgorithms: ['SHA-256', 'MD5'],
    nonceSecret: randomBytes(32),
    instanceId: 'bench',
    log: (line) => {
      if (!line.startsWith('register:')) console.log(`  [sip] ${line}`);
    },
  });
  const clients: SipClient[] = [];
  try {
    // 200 operators with SIP accounts (no Auth users: the gateway authenticates by digest).
    const names = Array.from({ length: CLIENTS }, (_, i) => `op${i}`);
    await db
      .doc(`workspaces/${WS}`)
      .set({ name: 'Bench', routingMode: 'all', createdAt: Timestamp.now() });
    for (let start = 0; start < names.length; start += 100) {
      const batch = db.batch();
      for (const name of names.slice(start, start + 100)) {
        batch.set(db.doc(`workspaces/${WS}/operators/${name}`), {
          displayName: name,
          email: `${name}@bench.test`,
          role: 'normal',
          active: true,
          maxChats: 5,
          createdAt: Timestamp.now(),
        });
        batch.set(db.doc(`workspaces/${WS}/sipAccounts/${name}`), {
          uid: name,
          realm: DOMAIN,
          ha1Md5: sipHa1('MD5', name, DOMAIN, PASSWORD),
          ha1Sha256: sipHa1('SHA-256', name, DOMAIN, PASSWORD),
        });
      }
      await batch.commit();
    }

    const registerMs: number[] = [];
    const register = async (client: SipClient) => {
      const started = performance.now();
      const answer = await client.register(60);
      if (answer.status !== 200) throw new Error(`REGISTER ${client.aor}: ${answer.status}`);
      registerMs.push(performance.now() - started);
    };
    for (const name of names) {
      const client = await new SipClient({
        username: name,
        password: PASSWORD,
        domain: DOMAIN,
        gatewayPort: port,
        algorithm: 'SHA-256',
      }).start();
      clients.push(client);
    }
    await Promise.all(clients.map(register));
    const initial = p95Metric(`${CLIENTS} initial REGISTERs (digest, SHA-256)`, registerMs, 'ms');
    registerMs.length = 0;

    // Refresh at half the interval, spread over it, while messages flow.
    let refreshFailures = 0;
    const refresher = setInterval(() => {
      for (const client of clients) {
        setTimeout(() => register(client).catch(() => refreshFailures++), Math.random() * 25_000);
      }
    }, 30_000);

    // Visitor messages to chats held by the registered operators.
    const latencies: number[] = [];
    const chats = names
      .slice(0, 50)
      .map((name, i) => ({ name, chatId: `benchchat${i}`, client: clients[i]! }));
    for (const chat of chats) {
      await db.doc(`workspaces/${WS}/chats/${chat.chatId}`).set({
        visitor: { uid: `v-${chat.chatId}`, name: 'Visitor' },
        pageUrl: 'http://127.0.0.1:5173/',
        status: 'active',
        offeredTo: [],
        operatorId: chat.name,
        createdAt: Timestamp.now(),
        lastMessageAt: Timestamp.now(),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const deadline = Date.now() + SECONDS * 1000;
    for (let i = 0; i < MESSAGES || Date.now() < deadline; i++) {
      const chat = chats[i % chats.length]!;
      const text = `bench message ${i}`;
      const chatRef = db.doc(`workspaces/${WS}/chats/${chat.chatId}`);
      const message = chatRef.collection('messages').doc();
      const batch = db.batch();
      batch.set(message, {
        from: { kind: 'visitor', uid: `v-${chat.chatId}`, name: 'Visitor' },
        text,
        sentAt: FieldValue.serverTimestamp(),
      });
      batch.update(chatRef, { lastMessageAt: FieldValue.serverTimestamp() });
      const started = performance.now();
      await batch.commit();
      const received = await chat.client.waitFor((m) => m.text === text, 5000);
      if (i >= 10) latencies.push(received.at - started);
      // About 10 messages a second: a busy site, not a flood.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    clearInterval(refresher);

    const registrations = await db.collection(`workspaces/${WS}/sipRegistrations`).get();
    const live = registrations.docs.filter((d) =>
      (d.data().contacts as { expiresAt: Timestamp }[]).some(
        (c) => c.expiresAt.toMillis() > Date.now(),
      ),
    ).length;
    return {
      metrics: [
        initial,
        p95Metric(`REGISTER refreshes while holding ${CLIENTS} clients`, registerMs, 'ms'),
        { name: 'REGISTER refresh failures', value: refreshFailures, unit: '', target: { max: 0 } },
        {
          name: `operators with a live binding after ${SECONDS} s`,
          value: live,
          unit: `of ${CLIENTS}`,
          target: { min: CLIENTS },
        },
        p95Metric('visitor message → SIP MESSAGE at the client', latencies, 'ms', { max: 100 }),
      ],
    };
  } finally {
    for (const client of clients) client.stop();
    await gateway.stop();
    await stack.stop();
  }
}
