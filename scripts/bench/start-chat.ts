/**
 * Issue 5's target: startChat routes in under 150 ms at p95 on the local stack. Measured from the
 * visitor's side (HTTP callable round trip through the Functions emulator, which reads presence,
 * operators and routing from our Firestore emulator and writes the chat).
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { anonymousToken, callCallable, startBenchStack } from './local-stack.ts';
import { type BenchOutput, p95Metric } from './report.ts';

const CHATS = Number(process.env.BENCH_CHATS ?? 150);
const WARMUP = 10;

export async function benchStartChat(): Promise<BenchOutput> {
  const stack = await startBenchStack();
  try {
    const { info, accounts } = stack;
    const db = getFirestore(initializeApp({ projectId: info.projectId }, `bench-${Date.now()}`));
    for (const account of Object.values(accounts)) {
      await db
        .doc(`workspaces/demo/presence/${account.uid}`)
        .set({ state: 'online', lastSeen: Timestamp.now(), activeChats: 0 });
    }
    const samples: number[] = [];
    for (let i = 0; i < CHATS + WARMUP; i++) {
      // A fresh visitor each time: the per-visitor rate limit must not shape the figure.
      const token = await anonymousToken(info.authHost);
      const started = performance.now();
      const result = await callCallable<{ chatId?: string }>(
        info.functionsHost,
        info.projectId,
        'startChat',
        {
          workspaceId: 'demo',
          visitorName: `Visitor ${i}`,
          departmentId: i % 2 ? 'sales' : 'support',
          pageUrl: 'http://127.0.0.1:5173/',
        },
        token,
      );
      if (!result.chatId) throw new Error('startChat answered offline while operators are online');
      if (i >= WARMUP) samples.push(performance.now() - started);
    }
    return {
      metrics: [
        p95Metric('startChat round trip (visitor → routed chat)', samples, 'ms', { max: 150 }),
      ],
    };
  } finally {
    await stack.stop();
  }
}
