/** What was sent and what arrived, per chat and direction: lost, duplicated, out of order. */
type Side = 'operator' | 'visitor';

export class Traffic {
  readonly #sent = new Map<string, string[]>();
  readonly #delivered = new Map<string, string[]>();
  deliveredCount = 0;
  /** When the last message was sent (ms). */
  lastSentAt = 0;
  /** When each message's write began, by chat and text (for latencies; the load benchmark). */
  readonly #sendingAt = new Map<string, number>();
  /** Write began → received by the other side (ms), by the side that received it. */
  readonly latencies: Record<Side, number[]> = { operator: [], visitor: [] };

  /** `text` is about to be written into `chatId` (its latency counts from here). */
  sending(chatId: string, text: string) {
    this.#sendingAt.set(`${chatId} ${text}`, Date.now());
  }

  /** Messages written into `chatId` that the other side has not received yet. */
  pending(chatId: string): number {
    const texts = this.#sent.get(chatId) ?? [];
    const got = new Set([
      ...(this.#delivered.get(`${chatId} operator`) ?? []),
      ...(this.#delivered.get(`${chatId} visitor`) ?? []),
    ]);
    return texts.filter((t) => !got.has(t)).length;
  }

  /** `text` was written into `chatId` (by either side; the other side should receive it). */
  sent(chatId: string, text: string) {
    const list = this.#sent.get(chatId) ?? [];
    list.push(text);
    this.#sent.set(chatId, list);
    this.lastSentAt = Date.now();
  }

  /** `to` received `text` in `chatId`. */
  delivered(chatId: string, text: string, to: Side) {
    const key = `${chatId} ${to}`;
    const list = this.#delivered.get(key) ?? [];
    list.push(text);
    this.#delivered.set(key, list);
    this.deliveredCount++;
    const began = this.#sendingAt.get(`${chatId} ${text}`);
    if (began !== undefined) this.latencies[to].push(Date.now() - began);
  }

  /** Whether every message sent so far has arrived and nobody has sent one for `quietMs`. */
  settled(quietMs: number): boolean {
    return Date.now() - this.lastSentAt >= quietMs && this.report().lost === 0;
  }

  report() {
    let sent = 0;
    let lost = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    for (const [chatId, texts] of this.#sent) {
      for (const to of ['operator', 'visitor'] as const) {
        const mine = texts.filter((t) => (to === 'operator') === !t.startsWith('re '));
        const got = this.#delivered.get(`${chatId} ${to}`) ?? [];
        sent += mine.length;
        lost += mine.filter((t) => !got.includes(t)).length;
        duplicated += got.length - new Set(got).size;
        const order = got.filter((t) => mine.includes(t));
        const expected = mine.filter((t) => order.includes(t));
        outOfOrder += order.filter((t, i) => t !== expected[i]).length;
      }
    }
    return { sent, delivered: this.deliveredCount, lost, duplicated, outOfOrder };
  }
}
