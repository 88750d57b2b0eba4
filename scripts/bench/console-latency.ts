/**
 * Issue 6: a message sent by a visitor appears in the operator's side panel in under 100 ms at
 * p95 on the local stack. A visitor message is written (firebase-admin, standing in for the
 * widget's write) with the sender's clock in its text; the open panel records when the text is
 * in the DOM (MutationObserver). Same machine, same clock.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { type ConsoleFixture, closeChats, seedChats } from './console-fixture.ts';
import { type BenchOutput, p95Metric } from './report.ts';

const MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 100);

export async function benchConsoleLatency(fixture: ConsoleFixture): Promise<BenchOutput> {
  const [chatId] = await seedChats(fixture.db, fixture.accounts.nora.uid, 1, 10, 'latency');
  const page = await fixture.openConsole();
  try {
    await page.waitForSelector('[data-live="true"] [role="log"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (globalThis as unknown as { __seen: Record<string, number> }).__seen = seen;
      new MutationObserver((records) => {
        const now = Date.now();
        for (const record of records) {
          for (const node of record.addedNodes) {
            const match = /bench-(\d+)-(\d+)/.exec(node.textContent ?? '');
            if (match && !(match[1]! in seen)) seen[match[1]!] = now - Number(match[2]);
          }
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    const messages = fixture.db.collection(`workspaces/demo/chats/${chatId}/messages`);
    const latencies: number[] = [];
    for (let seq = 0; seq < MESSAGES; seq++) {
      const sentAt = Date.now();
      await messages.add({
        from: { kind: 'visitor', uid: 'visitor-latency-0', name: 'Visitor 0' },
        text: `bench-${seq}-${sentAt}`,
        sentAt: Timestamp.fromMillis(sentAt),
      });
      const latency = await page.waitForFunction(
        (key) => (globalThis as unknown as { __seen: Record<string, number> }).__seen[key],
        { timeout: 10_000, polling: 5 },
        String(seq),
      );
      if (seq >= 5) latencies.push((await latency.jsonValue()) as number);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return {
      metrics: [
        p95Metric('visitor message shown in the side panel', latencies, 'ms', { max: 100 }),
      ],
    };
  } finally {
    await page.close();
    await closeChats(fixture.db, [chatId!]);
  }
}
