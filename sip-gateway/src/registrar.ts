/**
 * REGISTER (RFC 3261 §10.3) for an authenticated operator: adds, refreshes and removes the
 * bindings in workspaces/{ws}/sipRegistrations/{uid} in one transaction, refuses too-brief
 * intervals with 423 and Min-Expires, ignores out-of-order retransmissions (same Call-ID, CSeq
 * not higher) with 500, and answers 200 with every current binding and its remaining time.
 */
import type { NameAddr, Remote, SipRequest } from 'sip';
import { db } from '../../functions/src/admin.ts';
import { sipRegistrationRef } from '../../functions/src/data/sip-registrations.ts';
import type { SipContact } from '../../utils/domain/model.ts';
import { REGISTRATION_MIN_S, registrationExpiry } from '../../utils/domain/sip.ts';
import type { Operator } from './authenticate.ts';
import type { Bindings } from './bindings.ts';
import type { PresenceKeeper } from './presence-keeper.ts';
import type { Reply } from './sip-io.ts';

class Refusal extends Error {
  constructor(readonly reply: Reply) {
    super(reply.reason);
  }
}

/** The requested interval of one contact: its expires param, else the Expires header. */
function requestedSeconds(contact: NameAddr, request: SipRequest): number | undefined {
  const raw = contact.params.expires ?? request.headers.expires;
  if (raw === undefined || raw === null) return undefined;
  const value = Number(String(raw).trim());
  return Number.isInteger(value) ? value : Number.NaN;
}

export interface RegistrarDeps {
  instanceId: string;
  bindings: Bindings;
  presence: PresenceKeeper;
  log: (line: string) => void;
}

export async function register(
  deps: RegistrarDeps,
  request: SipRequest,
  remote: Remote,
  operator: Operator,
): Promise<Reply> {
  const { ws, uid } = operator;
  const ref = sipRegistrationRef(ws, uid);
  const now = Date.now();
  const callId = request.headers['call-id'];
  const cseq = request.headers.cseq.seq;
  // The library parses "Contact: *" as one contact whose URI is "*".
  const parsed = request.headers.contact;
  const requested =
    Array.isArray(parsed) && parsed.length === 1 && parsed[0]!.uri === '*' ? '*' : parsed;
  const flow = {
    protocol: remote.protocol,
    address: remote.address,
    port: remote.port,
    localAddress: remote.local?.address ?? '',
    localPort: remote.local?.port ?? 0,
  };
  const userAgent =
    typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : undefined;

  let result: SipContact[];
  try {
    result = await db().runTransaction(async (tx) => {
      const stored = (await tx.get(ref)).data();
      let contacts = (stored?.contacts ?? []).filter((c) => c.expiresAt.getTime() > now);
      if (requested === '*') {
        if (requestedSeconds({ uri: '*', params: {} }, request) !== 0) {
          throw new Refusal({
            status: 400,
            reason: 'Bad Request',
            warning: 'Contact: * needs Expires: 0',
          });
        }
        contacts = [];
      } else {
        for (const contact of requested ?? []) {
          const decision = registrationExpiry(requestedSeconds(contact, request));
          if (Number.isNaN(requestedSeconds(contact, request))) {
            throw new Refusal({ status: 400, reason: 'Bad Request', warning: 'Malformed expires' });
          }
          if (decision.kind === 'too-brief') {
            throw new Refusal({
              status: 423,
              reason: 'Interval Too Brief',
              headers: { 'min-expires': String(REGISTRATION_MIN_S) },
            });
          }
          const existing = contacts.find((c) => c.uri === contact.uri);
          if (existing && existing.callId === callId && existing.cseq >= cseq) {
            throw new Refusal({
              status: 500,
              reason: 'Server Internal Error',
              warning: 'Out-of-order REGISTER',
            });
          }
          contacts = contacts.filter((c) => c.uri !== contact.uri);
          if (decision.kind === 'grant') {
            contacts.push({
              uri: contact.uri,
              callId,
              cseq,
              expiresAt: new Date(now + decision.seconds * 1000),
              instance: deps.instanceId,
              flow,
              ...(userAgent ? { userAgent: userAgent.slice(0, 200) } : {}),
            });
          }
        }
      }
      if (requested !== undefined) {
        tx.set(ref, { id: uid, contacts, updatedAt: new Date() });
      }
      return contacts;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.reply;
    throw error;
  }

  const aor = `sip:${operator.username}@${operator.domain}`;
  const wasHeld = deps.bindings.isHeld(ws, uid);
  deps.bindings.set(ws, uid, aor, result, deps.instanceId);
  const live = result.length > 0;
  if (requested !== undefined) {
    deps.log(
      `register: ${aor} via ${remote.protocol} ${remote.address}:${remote.port}: ${result.length} binding(s)`,
    );
    if (live && !wasHeld) await deps.presence.registered(ws, uid);
    else if (live) await deps.presence.heartbeat(ws, uid);
    else await deps.presence.unregistered(ws, uid);
  }
  return {
    status: 200,
    reason: 'OK',
    headers: {
      // No bindings, no Contact: the library would write "Contact: *", which only requests carry.
      contact:
        result.length === 0
          ? undefined
          : result.map((c) => ({
              uri: c.uri,
              params: {
                expires: String(Math.max(0, Math.round((c.expiresAt.getTime() - now) / 1000))),
              },
            })),
      date: new Date(now).toUTCString(),
    },
  };
}

/**
 * Removes expired bindings of an operator (and `dropUri`, a binding found dead), in one
 * transaction; when none of this instance's bindings are left, presence follows.
 */
export async function pruneBindings(
  deps: RegistrarDeps,
  held: { ws: string; uid: string; aor: string },
  dropUri?: string,
  now = Date.now(),
): Promise<void> {
  const { ws, uid, aor } = held;
  const ref = sipRegistrationRef(ws, uid);
  const contacts = await db().runTransaction(async (tx) => {
    const stored = (await tx.get(ref)).data();
    const before = stored?.contacts ?? [];
    const kept = before.filter((c) => c.expiresAt.getTime() > now && c.uri !== dropUri);
    if (kept.length !== before.length)
      tx.set(ref, { id: uid, contacts: kept, updatedAt: new Date() });
    return kept;
  });
  deps.bindings.set(ws, uid, aor, contacts, deps.instanceId);
  if (!deps.bindings.isHeld(ws, uid, now)) {
    deps.log(`register: ${aor} has no live binding here any more`);
    await deps.presence.unregistered(ws, uid);
  }
}
