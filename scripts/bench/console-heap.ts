/**
 * Issue 6: the side panel's JavaScript heap stays under 40 MB with 20 open chats of 500 messages
 * each. All 20 chats are Nora's (so all 20 are live tabs with their messages); each tab is
 * visited once, then the heap is measured after a forced garbage collection.
 */
import { type ConsoleFixture, closeChats, seedChats } from './console-fixture.ts';
import type { BenchOutput } from './report.ts';

export async function benchConsoleHeap(fixture: ConsoleFixture): Promise<BenchOutput> {
  const ids = await seedChats(fixture.db, fixture.accounts.nora.uid, 20, 500, 'heap');
  const page = await fixture.openConsole();
  try {
    await page.waitForFunction(() => document.querySelectorAll('[role="tab"]').length >= 20, {
      timeout: 60_000,
      polling: 100,
    });
    const tabs = await page.$$('[role="tab"]');
    for (const tab of tabs) {
      await tab.click();
      await page.waitForFunction(
        () => (document.querySelector('[role="log"]')?.textContent ?? '').includes('Message 499'),
        { timeout: 30_000, polling: 50 },
      );
    }
    const client = await page.createCDPSession();
    await client.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = (await client.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      totalSize: number;
    };
    const rendered = await page.$$eval('.chat-view__row', (rows) => rows.length);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return {
      metrics: [
        {
          name: 'side panel JS heap with 20 chats × 500 messages',
          value: Number((usedSize / 2 ** 20).toFixed(1)),
          unit: 'MB',
          target: { max: 40 },
          detail: `${mb(totalSize)} allocated, ${rendered} message rows in the DOM`,
        },
      ],
    };
  } finally {
    await page.close();
    await closeChats(fixture.db, ids);
  }
}
