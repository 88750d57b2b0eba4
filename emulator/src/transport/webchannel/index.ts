/**
 * The web SDK's WebChannel transport (Listen and Write streams) on the emulator's shared HTTP
 * port: `/google.firestore.v1.Firestore/{Listen|Write}/channel`.
 *
 * One channel = one session (SID). Requests per session:
 * - handshake: POST without SID; carries `headers=` (Authorization) and the first messages;
 *   answered with the "c" array (SID, keepalive) and the X-HTTP-Session-Id header;
 * - forward channel: POST with SID; `count/ofs/reqN___data__` messages; answered `[1,lastId,bytes]`;
 * - back channel: GET with RID=rpc; CI=0 streams chunks, CI=1 answers once (long poll);
 * - TYPE=terminate: POST (sendBeacon) or GET (image) ends the session.
 */
import type http from 'node:http';
import type { EmulatorCore } from '../../core/api.ts';
import { callerFromAuthorization } from '../caller.ts';
import { readBody } from '../http/body.ts';
import { openListenStream, openWriteStream, refusedStream } from '../rpc/streams.ts';
import { parseForwardBody, parseHeaderBlock } from './framing.ts';
import { configureWebChannel, registryFor, type SessionRegistry } from './registry.ts';
import type { BackChannelSink } from './session.ts';

export type { SessionTiming } from './session.ts';
export { configureWebChannel };

/** The two WebChannel endpoints the web SDK opens. */
const CHANNEL_PATH = /^\/google\.firestore\.v1\.Firestore\/(Listen|Write)\/channel$/;

/** Forward-channel bodies are form-encoded messages; a huge write batch stays far below this. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

type Rpc = 'Listen' | 'Write';

/**
 * Serves one HTTP request if it belongs to the WebChannel transport. Returns true when it took
 * the request (it then owns the response, possibly for a long time), false otherwise.
 */
export function handleWebChannel(
  core: EmulatorCore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  const match = CHANNEL_PATH.exec(pathOf(req.url));
  if (!match) return false;
  serve(core, match[1] as Rpc, req, res).catch((error: unknown) => {
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    res.end(res.headersSent ? undefined : `WebChannel error: ${String(error)}`);
  });
  return true;
}

/** Live session count of a core (tests check that sessions do not leak). */
export function webChannelSessionCount(core: EmulatorCore): number {
  return registryFor(core).size;
}

/** Ends every session and held back channel (call on shutdown so `server.close()` can finish). */
export function closeWebChannelSessions(core: EmulatorCore): void {
  registryFor(core).closeAll();
}

async function serve(
  core: EmulatorCore,
  rpc: Rpc,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const arrivedAt = Date.now();
  const url = new URL(req.url ?? '/', 'http://localhost');
  const params = url.searchParams;
  const registry = registryFor(core);
  const sid = params.get('SID');

  if (params.get('TYPE') === 'terminate') {
    await readBody(req);
    if (sid) registry.close(sid);
    reply(res, 200, '');
    return;
  }
  if (req.method === 'GET') {
    const session = registry.get(sid);
    if (!session) return unknownSid(res);
    openBackChannel(session, params, req, res);
    return;
  }
  if (req.method !== 'POST') {
    reply(res, 405, `${req.method} is not a WebChannel method`);
    return;
  }
  const read = await readBody(req, MAX_BODY_BYTES);
  if (!read.ok) {
    reply(res, 413, `A forward-channel body of ${read.bytes} bytes exceeds ${MAX_BODY_BYTES}`);
    return;
  }
  const body = read.text;
  if (!sid) {
    handshake(core, registry, rpc, { params, req, res, body, arrivedAt });
    return;
  }
  const session = registry.get(sid);
  if (!session) return unknownSid(res);
  const aid = params.get('AID');
  if (aid !== null) session.acknowledge(Number(aid));
  session.receive(parseForwardBody(body).maps);
  reply(res, 200, session.forwardAckChunk());
}

interface HandshakeRequest {
  params: URLSearchParams;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  body: string;
  arrivedAt: number;
}

function handshake(
  core: EmulatorCore,
  registry: SessionRegistry,
  rpc: Rpc,
  { params, req, res, body, arrivedAt }: HandshakeRequest,
) {
  const { headers, maps } = parseForwardBody(body);
  // encodeInitMessageHeaders puts them in the body; $httpHeaders (URL) and real headers also work.
  const overwrite = params.get('$httpHeaders');
  const authorization =
    headers.authorization ??
    (overwrite ? parseHeaderBlock(overwrite).authorization : undefined) ??
    req.headers.authorization;
  const open = rpc === 'Listen' ? openListenStream : openWriteStream;
  const session = registry.create((peer) => {
    try {
      return open(core, callerFromAuthorization(authorization), peer);
    } catch (error) {
      return refusedStream(error, peer);
    }
  });
  session.receive(maps);
  const responseHeaders: http.OutgoingHttpHeaders = {};
  if (params.get('X-HTTP-Session-Id')) responseHeaders['X-HTTP-Session-Id'] = session.httpSessionId;
  const answer = () => reply(res, 200, session.handshakeChunk(), responseHeaders);
  const wait = registry.timing.minHandshakeMs - (Date.now() - arrivedAt);
  if (wait > 0) setTimeout(answer, wait);
  else answer();
}

function openBackChannel(
  session: ReturnType<SessionRegistry['create']>,
  params: URLSearchParams,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const longPoll = params.get('CI') === '1';
  const timeout = Number(params.get('TO'));
  res.writeHead(200, backChannelHeaders());
  req.socket.setNoDelay(true);
  const sink: BackChannelSink = {
    write: (text) => {
      res.write(text);
    },
    end: () => {
      if (!res.writableEnded) res.end();
    },
  };
  res.on('close', () => session.detachBackChannel(sink));
  session.attachBackChannel(sink, {
    lastArrayId: Number(params.get('AID') ?? Number.NaN),
    longPoll,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
  });
}

function backChannelHeaders(): http.OutgoingHttpHeaders {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
    Pragma: 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

function reply(
  res: http.ServerResponse,
  status: number,
  text: string,
  headers: http.OutgoingHttpHeaders = {},
) {
  res.writeHead(status, { ...backChannelHeaders(), ...headers });
  res.end(text);
}

/** The client recognizes this by status 400 and "Unknown SID" somewhere past index 0. */
function unknownSid(res: http.ServerResponse) {
  reply(res, 400, '<html><body>Unknown SID</body></html>', {
    'Content-Type': 'text/html; charset=utf-8',
  });
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}
