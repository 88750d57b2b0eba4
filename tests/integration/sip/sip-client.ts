/**
 * A SIP user agent for the tests, on the `sip` library (its own UDP/TCP stack on a free port):
 * REGISTER and MESSAGE with digest authentication (MD5 or SHA-256, computed here, apart from the
 * gateway's code), and an inbox of the MESSAGEs the gateway sends it, each answered 200.
 */
import { createHash, randomBytes } from 'node:crypto';
import sip, { type AuthParams, type SipResponse, type SipStack } from 'sip';
import { freePort } from '../../../scripts/stack/ports.ts';

export interface ReceivedMessage {
  from: string;
  fromName: string;
  text: string;
  at: number;
}

export interface ClientOptions {
  username: string;
  password: string;
  domain: string;
  gatewayPort: number;
  transport?: 'udp' | 'tcp';
  algorithm?: 'MD5' | 'SHA-256';
  /** Answer incoming MESSAGEs with this status (default 200). */
  answer?: number;
}

interface OutgoingRequest {
  method: string;
  uri: string;
  headers: Record<string, unknown>;
  content?: string;
}

const unq = (v: string | undefined) => (v ?? '').replace(/^"(.*)"$/, '$1');
const token = () => randomBytes(6).toString('hex');

export class SipClient {
  readonly inbox: ReceivedMessage[] = [];
  readonly #waiters: (() => void)[] = [];
  #stack!: SipStack;
  #port = 0;
  #cseq = 1;
  readonly #callId = `${token()}@test`;

  constructor(readonly options: ClientOptions) {}

  get aor() {
    return `sip:${this.options.username}@${this.options.domain}`;
  }

  get transport() {
    return this.options.transport ?? 'udp';
  }

  async start(): Promise<this> {
    this.#port = await freePort();
    this.#stack = sip.create(
      // The library routes a request whose first Route names its own host through a flow
      // token; calling itself "localhost" keeps 127.0.0.1 (the gateway) an ordinary next hop.
      { address: '127.0.0.1', port: this.#port, publicAddress: 'localhost' },
      (request) => {
        if (request.method === 'MESSAGE') {
          this.inbox.push({
            from: sip.parseUri(request.headers.from.uri)?.user ?? '',
            fromName: unq(request.headers.from.name),
            text: Buffer.from(request.content ?? '', 'binary').toString('utf8'),
            at: performance.now(),
          });
          for (const wake of this.#waiters.splice(0)) wake();
        }
        this.#stack.send(sip.makeResponse(request, this.options.answer ?? 200, 'OK'));
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this;
  }

  stop() {
    this.#stack.destroy();
  }

  /** Sends from now on to another gateway instance (as a DNS SRV lookup might pick). */
  moveTo(gatewayPort: number) {
    this.options.gatewayPort = gatewayPort;
  }

  #request(
    method: string,
    uri: string,
    headers: Record<string, unknown>,
    text?: string,
  ): OutgoingRequest {
    const route = `sip:127.0.0.1:${this.options.gatewayPort};lr;transport=${this.transport}`;
    return {
      method,
      uri,
      headers: {
        to: { uri, params: {} },
        from: { uri: this.aor, params: { tag: token() } },
        'call-id': method === 'REGISTER' ? this.#callId : `${token()}@test`,
        cseq: { method, seq: this.#cseq++ },
        'max-forwards': 70,
        route: [{ uri: route, params: {} }],
        via: [],
        ...headers,
      },
      ...(text !== undefined ? { content: Buffer.from(text, 'utf8').toString('binary') } : {}),
    };
  }

  #send(request: OutgoingRequest): Promise<SipResponse> {
    return new Promise((resolve) => {
      this.#stack.send(request as never, (response) => {
        if (response.status >= 200) resolve(response);
      });
    });
  }

  /** Sends, answers one digest challenge with the configured algorithm, returns the final answer. */
  async #authenticated(make: () => OutgoingRequest, password = this.options.password) {
    const first = await this.#send(make());
    if (first.status !== 401) return first;
    const algorithm = this.options.algorithm ?? 'MD5';
    const challenge = (first.headers['www-authenticate'] ?? []).find(
      (c) => (c.algorithm ?? 'MD5').toUpperCase() === algorithm,
    );
    if (!challenge) throw new Error(`no ${algorithm} challenge`);
    const retry = make();
    retry.headers.authorization = [this.#sign(retry, challenge, algorithm, password)];
    return this.#send(retry);
  }

  #sign(
    request: OutgoingRequest,
    challenge: AuthParams,
    algorithm: 'MD5' | 'SHA-256',
    password: string,
  ): AuthParams {
    const h = (s: string) =>
      createHash(algorithm === 'MD5' ? 'md5' : 'sha256')
        .update(s)
        .digest('hex');
    const realm = unq(challenge.realm);
    const nonce = unq(challenge.nonce);
    const cnonce = token();
    const nc = '00000001';
    const ha1 = h(`${this.options.username}:${realm}:${password}`);
    const ha2 = h(`${request.method}:${request.uri}`);
    return {
      scheme: 'Digest',
      username: `"${this.options.username}"`,
      realm: `"${realm}"`,
      nonce: `"${nonce}"`,
      uri: `"${request.uri}"`,
      algorithm,
      qop: 'auth',
      nc,
      cnonce: `"${cnonce}"`,
      response: `"${h(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`,
    };
  }

  register(expires = 300, password?: string): Promise<SipResponse> {
    const contact = `sip:${this.options.username}@127.0.0.1:${this.#port};transport=${this.transport}`;
    return this.#authenticated(
      () =>
        this.#request('REGISTER', `sip:${this.options.domain}`, {
          to: { uri: this.aor, params: {} },
          contact: [{ uri: contact, params: {} }],
          expires: String(expires),
        }),
      password,
    );
  }

  /** A MESSAGE to `user@domain` (a chat address: chat-<id>). */
  message(user: string, text: string, contentType = 'text/plain;charset=UTF-8') {
    const uri = `sip:${user}@${this.options.domain}`;
    return this.#authenticated(() =>
      this.#request('MESSAGE', uri, { 'content-type': contentType }, text),
    );
  }

  /** Waits for a MESSAGE matching `match`, up to `timeoutMs`. */
  async waitFor(match: (m: ReceivedMessage) => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.inbox.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no such MESSAGE; inbox: ${JSON.stringify(this.inbox.map((m) => m.text))}`);
      }
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
  }
}
