/**
 * A WebChannel client written by hand, to test the wire format byte by byte where the SDK would
 * hide mistakes: handshake, forward POSTs, long-poll and streaming GETs, terminate.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Splits `<len>\n<json>` chunks; throws if a length prefix disagrees with the text. */
export function decodeChunks(text: string): unknown[] {
  const chunks: unknown[] = [];
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    if (newline < 0) throw new Error(`no length line at ${at}: ${text.slice(at, at + 40)}`);
    const length = Number(text.slice(at, newline));
    const json = text.slice(newline + 1, newline + 1 + length);
    if (json.length !== length) throw new Error(`chunk shorter than its length ${length}`);
    chunks.push(JSON.parse(json));
    at = newline + 1 + length;
  }
  return chunks;
}

/** `[[id, payload], ...]` arrays of every chunk, flattened. */
export function arraysOf(text: string): [number, unknown[]][] {
  return (decodeChunks(text) as [number, unknown[]][][]).flat();
}

export function request(
  url: string,
  options: { method?: string; body?: string; headers?: http.OutgoingHttpHeaders } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(parts).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function encodeMessages(messages: unknown[], ofs: number): string {
  return [
    `count=${messages.length}`,
    `ofs=${ofs}`,
    ...messages.map((m, i) => `req${i}___data__=${encodeURIComponent(JSON.stringify(m))}`),
  ].join('&');
}

/** A streaming GET read as it arrives. */
export class StreamingGet {
  private text = '';
  private waiters: (() => void)[] = [];
  ended = false;

  constructor(private readonly req: http.ClientRequest) {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (part: string) => {
        this.text += part;
        for (const wake of this.waiters.splice(0)) wake();
      });
      res.on('end', () => {
        this.ended = true;
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    req.on('error', () => {});
    req.end();
  }

  /** Waits until the complete chunks received so far satisfy `accept`; returns their arrays. */
  async until(accept: (arrays: [number, unknown[]][]) => boolean, timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const complete = this.completePrefix();
      const arrays = arraysOf(complete);
      if (accept(arrays)) return { arrays, text: complete };
      if (this.ended || Date.now() > deadline) {
        throw new Error(`stream never satisfied the condition; got ${this.text}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close() {
    this.req.destroy();
  }

  private completePrefix(): string {
    let at = 0;
    for (;;) {
      const newline = this.text.indexOf('\n', at);
      if (newline < 0) return this.text.slice(0, at);
      const end = newline + 1 + Number(this.text.slice(at, newline));
      if (end > this.text.length) return this.text.slice(0, at);
      at = end;
    }
  }
}

export class RawChannel {
  private nextMapId: number;
  private rid = 1000;

  private constructor(
    readonly base: string,
    readonly sid: string,
    readonly handshake: RawResponse,
    firstCount: number,
  ) {
    this.nextMapId = firstCount;
  }

  static async open(
    port: number,
    rpc: 'Listen' | 'Write',
    database: string,
    messages: unknown[],
    headers: Record<string, string> = {},
  ): Promise<RawChannel> {
    const base = `http://127.0.0.1:${port}/google.firestore.v1.Firestore/${rpc}/channel?VER=8&database=${encodeURIComponent(database)}`;
    const headerBlock = Object.entries(headers)
      .map(([name, value]) => `${name}:${value}\r\n`)
      .join('');
    const body = `${headerBlock ? `headers=${encodeURIComponent(headerBlock)}&` : ''}${encodeMessages(messages, 0)}`;
    const handshake = await request(
      `${base}&RID=999&CVER=22&X-HTTP-Session-Id=gsessionid&zx=abc&t=1`,
      {
        method: 'POST',
        body,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'http://app.test:5173',
        },
      },
    );
    const [[, c]] = decodeChunks(handshake.text)[0] as [[number, [string, string]]];
    return new RawChannel(base, c[1], handshake, messages.length);
  }

  /** Sends messages with the next map ids (or explicit `ofs` to replay a retry). */
  post(messages: unknown[], options: { ofs?: number; aid?: number } = {}) {
    const ofs = options.ofs ?? this.nextMapId;
    this.nextMapId = Math.max(this.nextMapId, ofs + messages.length);
    const aid = options.aid ?? 0;
    return request(`${this.base}&SID=${this.sid}&RID=${this.rid++}&AID=${aid}&zx=x&t=1`, {
      method: 'POST',
      body: encodeMessages(messages, ofs),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  }

  /** A long-poll GET (CI=1). */
  poll(aid: number, timeoutMs?: number) {
    const to = timeoutMs ? `&TO=${timeoutMs}` : '';
    return request(
      `${this.base}&gsessionid=x&RID=rpc&SID=${this.sid}&AID=${aid}&CI=1${to}&TYPE=xmlhttp&zx=y&t=1`,
    );
  }

  /** A streaming GET (CI=0). */
  stream(aid: number): StreamingGet {
    const url = `${this.base}&gsessionid=x&RID=rpc&SID=${this.sid}&AID=${aid}&CI=0&TYPE=xmlhttp&zx=y&t=1`;
    return new StreamingGet(http.request(url));
  }

  terminate(method: 'POST' | 'GET') {
    return request(`${this.base}&SID=${this.sid}&RID=${this.rid++}&TYPE=terminate&zx=z`, {
      method,
      body: method === 'POST' ? '' : undefined,
      headers: method === 'POST' ? { 'Content-Type': 'text/plain;charset=UTF-8' } : {},
    });
  }
}
