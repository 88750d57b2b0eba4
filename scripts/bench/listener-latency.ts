/**
 * Issue 3's target: a listener in the browser sees a document written by another client in under
 * 20 ms at p95 on loopback. Two tabs (own browser contexts) run the unmodified web SDK against our
 * emulator over WebChannel; one writes, the other listens; both read the same clock.
 */
import { startBrowserFixture } from '../../tests/emulator/browser/support/fixture.ts';
import { formatSummary } from './stats.ts';

const WRITES = Number(process.env.BENCH_WRITES ?? 300);

export async function benchListenerLatency(): Promise<string[]> {
  const fixture = await startBrowserFixture();
  const lines: string[] = [];
  try {
    for (const longPolling of [false, true]) {
      const projectId = `bench-${longPolling ? 'lp' : 'stream'}-${Date.now()}`;
      const listener = await fixture.open({ projectId, longPolling });
      const writer = await fixture.open({ projectId, longPolling });
      const id = await listener.listenDoc('bench/doc');
      await listener.eventWhere(id, (e) => 'fromCache' in e && e.fromCache === false);
      const latencies: number[] = [];
      for (let seq = 1; seq <= WRITES; seq++) {
        await writer.set('bench/doc', { seq, sentAt: { $now: true } });
        const event = await listener.eventWhere(id, (e) => field(e, 'seq') === seq);
        if (seq > 20)
          latencies.push(
            (event as { receivedAt: number }).receivedAt - (field(event, 'sentAt') as number),
          );
      }
      lines.push(
        formatSummary(
          `browser listener sees another client's write (${longPolling ? 'long-polling' : 'streaming'})`,
          latencies,
        ),
      );
      await listener.close();
      await writer.close();
    }
  } finally {
    await fixture.close();
  }
  return lines;
}

function field(event: unknown, name: string): unknown {
  const data = (event as { data?: Record<string, unknown> }).data;
  return data?.[name];
}
