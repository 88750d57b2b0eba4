/**
 * The SIP gateway: a `sip` library stack on UDP and TCP (and WebSocket, RFC 7118, when a port is
 * given) whose requests are dispatched here. REGISTER and MESSAGE need digest authentication;
 * OPTIONS (keep-alive pings) is answered; other methods get 405 with Allow. Every request gets a
 * final answer: an unexpected error is logged and answered 500, never left hanging.
 */
import sip, { type Remote, type SipRequest } from 'sip';
import { sipRegistrationRef } from '../../functions/src/data/sip-registrations.ts';
import { HEARTBEAT_INTERVAL_MS } from '../../utils/domain/presence.ts';
import { makeAuthenticator } from './authenticate.ts';
import { Bindings } from './bindings.ts';
import type { GatewayConfig } from './config.ts';
import { checkMessageShape, handleMessage, MAX_MESSAGE_BYTES } from './inbound.ts';
import { startOutbound } from './outbound.ts';
import { PresenceKeeper } from './presence-keeper.ts';
import { pruneBindings, register } from './registrar.ts';
import { isDeadBinding, makeSender, type Outgoing } from './sender.ts';
import { ALLOWED_METHODS, makeReplier, type Reply, toWire, uriOf } from './sip-io.ts';
import { waitForListening } from './sockets.ts';

export interface RunningGateway {
  config: GatewayConfig;
  bindings: Bindings;
  /** What the 30 s timer does: heartbeats, and expired bindings removed (as of `now`). */
  sweep(now?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The headers without which no answer can be addressed (the library checks them for UDP and
 * TCP, not for WebSocket). */
function answerable(request: SipRequest): boolean {
  const h = request.headers;
  return Boolean(h?.via?.length && h.from && h.to && h['call-id'] && h.cseq);
}

/** RFC 3261 §8.1.1: requests without these can't be handled sensibly; they get 400. */
function malformed(request: SipRequest): string | null {
  if (request.headers.cseq.method !== request.method) return 'CSeq method does not match';
  if (!uriOf(request.uri)) return 'Unparsable Request-URI';
  if (!uriOf(request.headers.from.uri) || !uriOf(request.headers.to.uri))
    return 'Unparsable From or To';
  if (!request.headers.from.params.tag) return 'From has no tag';
  return null;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const bindings = new Bindings();
  const presence = new PresenceKeeper();
  const authenticate = makeAuthenticator(config);
  const registrar = { instanceId: config.instanceId, bindings, presence, log: config.log };

  const stack = sip.create(
    {
      address: config.host,
      port: config.port,
      publicAddress: config.publicAddress ?? config.host,
      ...(config.wsPort ? { ws_port: config.wsPort } : {}),
      // Bodies past MAX_MESSAGE_BYTES get 413 from us; far bigger ones end the TCP connection.
      maxContentLength: MAX_MESSAGE_BYTES * 8,
      logger: { error: (error) => config.log(`sip stack: ${String(error)}`) },
    },
    (request, remote) => {
      if (!answerable(request)) {
        config.log(
          `dropped an unanswerable ${request.method} from ${remote.address} (${remote.protocol})`,
        );
        return;
      }
      dispatch(request, remote).catch((error: Error) => {
        config.log(`${request.method} failed: ${error.stack ?? error.message}`);
        try {
          reply(request, { status: 500, reason: 'Server Internal Error' });
        } catch (replyError) {
          config.log(`could not answer 500: ${String(replyError)}`);
        }
      });
    },
  );
  const reply = makeReplier(stack, () => config.baseDomain);
  const send = makeSender(stack, config.log);

  async function deliver(ws: string, uid: string, message: Omit<Outgoing, 'aor' | 'domain'>) {
    const { aor, contacts } = bindings.contactsOf(ws, uid);
    const domain = aor.split('@')[1] ?? config.baseDomain;
    await Promise.all(
      contacts.map(async (contact) => {
        const delivery = await send(contact, { ...message, aor, domain });
        if (isDeadBinding(delivery.status)) {
          config.log(`message: dropping dead binding ${contact.uri} of ${aor}`);
          await pruneBindings(registrar, { ws, uid, aor }, contact.uri);
        }
      }),
    );
  }

  async function dispatch(request: SipRequest, remote: Remote) {
    if (request.method === 'ACK') return;
    // Over UDP and TCP the library hands bodies over as bytes (a binary string); a WebSocket text
    // frame arrives already decoded, so it is turned back into UTF-8 bytes here.
    if (remote.protocol === 'WS' && request.content) request.content = toWire(request.content);
    const problem = malformed(request);
    if (problem) {
      config.log(`malformed ${request.method} from ${remote.address}: ${problem}`);
      return reply(request, { status: 400, reason: 'Bad Request', warning: problem });
    }
    const forwards = Number(request.headers['max-forwards'] ?? 70);
    if (forwards <= 0) return reply(request, { status: 483, reason: 'Too Many Hops' });
    switch (request.method) {
      case 'OPTIONS':
        return reply(request, {
          status: 200,
          reason: 'OK',
          headers: { allow: ALLOWED_METHODS, accept: 'text/plain' },
        });
      case 'REGISTER': {
        const auth = await authenticate(request, remote, 'to');
        if (!auth.ok) return reply(request, auth.reply);
        const answer = await register(registrar, request, remote, auth.operator);
        return reply(request, answer);
      }
      case 'MESSAGE': {
        const shape = checkMessageShape(request);
        if (shape) return reply(request, shape);
        const auth = await authenticate(request, remote, 'from');
        if (!auth.ok) return reply(request, auth.reply);
        const result = await handleMessage(request, auth.operator);
        reply(request, result.reply);
        if (result.notice) {
          void deliver(auth.operator.ws, auth.operator.uid, {
            chatId: result.notice.chatId,
            fromName: 'Parley',
            text: result.notice.text,
          });
        }
        return;
      }
      default: {
        const answer: Reply = {
          status: 405,
          reason: 'Method Not Allowed',
          headers: { allow: ALLOWED_METHODS },
        };
        return reply(request, answer);
      }
    }
  }

  await waitForListening(config.host, config.port);
  const stopOutbound = startOutbound({
    bindings,
    deliver: (ws, uid, message) => {
      deliver(ws, uid, message).catch((error: Error) => config.log(`message: ${error.message}`));
    },
    log: config.log,
  });

  // Every 30 s, for each operator held here: re-read their bindings (a client that re-registered
  // through another instance now belongs to it; a deleted operator has none), prune expired ones,
  // and beat presence for those still live.
  async function sweep(now = Date.now()) {
    await Promise.all(
      bindings.all().map(async (held) => {
        try {
          const stored = (await sipRegistrationRef(held.ws, held.uid).get()).data();
          bindings.set(held.ws, held.uid, held.aor, stored?.contacts ?? [], config.instanceId);
          if (bindings.isHeld(held.ws, held.uid, now)) await presence.heartbeat(held.ws, held.uid);
          else await pruneBindings(registrar, held, undefined, now);
        } catch (error) {
          config.log(`sweep: ${held.aor}: ${(error as Error).message}`);
        }
      }),
    );
  }
  const timer = setInterval(() => void sweep(), HEARTBEAT_INTERVAL_MS);
  timer.unref();

  config.log(
    `listening on ${config.host}:${config.port} (UDP, TCP${config.wsPort ? `, WS ${config.wsPort}` : ''}) for *.${config.baseDomain}, instance ${config.instanceId}`,
  );
  return {
    config,
    bindings,
    sweep,
    async stop() {
      clearInterval(timer);
      stopOutbound();
      stack.destroy();
    },
  };
}
