/**
 * One browser-style listener for the emulator benchmarks: a WebChannel Listen session opened with
 * the raw client of the wire tests, read through a streaming back channel (CI=0) the way
 * closure-library's WebChannel reads it. Chunks are parsed as they arrive (the wire tests' reader
 * re-parses everything it ever received, fine for a test, quadratic for a benchmark), and when
 * the server ends a back channel the next GET carries the last array id, which acknowledges
 * what arrived, exactly as the browser does.
 */
import http from 'node:http';
import { RawChannel } from '../../tests/emulator/browser/support/raw-channel.ts';

export interface ListenerEvents {
  /** A documentChange carrying the benchmark's `writer`, `seq` and `sentAt` fields. */
  change(writer: number, seq: number, sentAt: number): void;
  /** The target is CURRENT (the initial result has arrived). */
  current(): void;
  /** A protocol problem the benchmark must report (error response, unparsable chunk). */
  problem(message: string): void;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** firebase-admin sends a whole number as integerValue, any other as doubleValue. */
interface NumberValue {
  doubleValue?: number;
  integerValue?: string;
}

interface DocumentChange {
  documentChange?: {
    document?: {
      fields?: {
        writer?: { integerValue?: string };
        seq?: { integerValue?: string };
        sentAt?: NumberValue;
      };
    };
  };
  targetChange?: { targetChangeType?: string };
  error?: unknown;
}

export class BenchListener {
  /** Back-channel GETs opened after the first (the server ends one every 512 KB). */
  reconnects = 0;
  private lastArrayId = 0;
  private pending = '';
  private request: http.ClientRequest | null = null;
  private closed = false;

  private constructor(
    private readonly channel: RawChannel,
    private readonly events: ListenerEvents,
  ) {}

  static async open(
    port: number,
    database: string,
    target: Record<string, unknown>,
    events: ListenerEvents,
  ): Promise<BenchListener> {
    const channel = await RawChannel.open(port, 'Listen', database, [
      { database, addTarget: { targetId: 2, ...target } },
    ]);
    const listener = new BenchListener(channel, events);
    listener.openBackChannel();
    return listener;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.request?.destroy();
    await this.channel.terminate('POST');
  }

  private openBackChannel(): void {
    const { base, sid } = this.channel;
    const url = `${base}&gsessionid=x&RID=rpc&SID=${sid}&AID=${this.lastArrayId}&CI=0&TYPE=xmlhttp&zx=y&t=1`;
    this.pending = '';
    const req = http.request(url, { agent });
    this.request = req;
    req.on('response', (res) => {
      if (res.statusCode !== 200) this.events.problem(`back channel answered ${res.statusCode}`);
      res.setEncoding('utf8');
      res.on('data', (text: string) => this.receive(text));
      res.on('end', () => this.reopen());
      res.on('error', () => this.reopen());
    });
    req.on('error', () => this.reopen());
    req.end();
  }

  private reopen(): void {
    if (this.closed || this.request === null) return;
    this.request = null;
    this.reconnects++;
    setImmediate(() => this.openBackChannel());
  }

  /** Consumes every complete `<length>\n<json>` chunk of the text received so far. */
  private receive(text: string): void {
    this.pending += text;
    let at = 0;
    for (;;) {
      const newline = this.pending.indexOf('\n', at);
      if (newline < 0) break;
      const end = newline + 1 + Number(this.pending.slice(at, newline));
      if (end > this.pending.length) break;
      this.arrays(this.pending.slice(newline + 1, end));
      at = end;
    }
    // Only when something was consumed: slicing flattens the string, and a long chunk arrives
    // in many pieces (re-flattening it at every piece would be quadratic).
    if (at > 0) this.pending = this.pending.slice(at);
  }

  private arrays(json: string): void {
    let arrays: [number, unknown[]][];
    try {
      arrays = JSON.parse(json);
    } catch {
      this.events.problem(`unparsable chunk: ${json.slice(0, 80)}`);
      return;
    }
    for (const [id, payload] of arrays) {
      this.lastArrayId = id;
      const response = payload[0] as DocumentChange | string;
      if (typeof response !== 'object' || response === null) continue;
      const fields = response.documentChange?.document?.fields;
      if (fields) {
        const sentAt = fields.sentAt?.doubleValue ?? fields.sentAt?.integerValue;
        const writer = Number(fields.writer?.integerValue);
        this.events.change(writer, Number(fields.seq?.integerValue), Number(sentAt));
      } else if (response.targetChange?.targetChangeType === 'CURRENT') {
        this.events.current();
      } else if (response.error) {
        this.events.problem(`error response: ${JSON.stringify(response.error)}`);
      }
    }
  }
}
