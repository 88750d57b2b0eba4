/**
 * Who sent this request: digest authentication (RFC 3261 §22.2) against the operator's SIP
 * account. Answers the challenge or the refusal itself and returns null, or returns the
 * operator. Unknown users and wrong passwords get the same 403, so names can't be probed;
 * each failure is logged and counts against the sender (auth-failures.ts).
 */
import type { Remote, SipRequest } from 'sip';
import { operatorRef } from '../../functions/src/data/operators.ts';
import { sipAccountRef } from '../../functions/src/data/sip-accounts.ts';
import { workspaceFromSipDomain } from '../../utils/domain/sip.ts';
import { AuthFailures } from './auth-failures.ts';
import type { GatewayConfig } from './config.ts';
import {
  challenges,
  checkNonce,
  expectedResponse,
  readCredentials,
  responseMatches,
} from './digest.ts';
import { bodyBytes, type Reply, uriOf } from './sip-io.ts';

export interface Operator {
  ws: string;
  uid: string;
  username: string;
  domain: string;
  displayName: string;
  role: 'admin' | 'normal';
}

export type AuthOutcome = { ok: true; operator: Operator } | { ok: false; reply: Reply };

export function makeAuthenticator(config: GatewayConfig) {
  const failures = new AuthFailures();
  const challenge = (realm: string, stale = false): AuthOutcome => ({
    ok: false,
    reply: {
      status: 401,
      reason: 'Unauthorized',
      headers: {
        'www-authenticate': challenges(config.nonceSecret, realm, stale, config.digestAlgorithms),
      },
    },
  });
  const forbidden = (warning: string, headers?: Record<string, unknown>): AuthOutcome => ({
    ok: false,
    reply: { status: 403, reason: 'Forbidden', warning, ...(headers ? { headers } : {}) },
  });

  /** `identity` is the AOR the request claims: To of a REGISTER, From of a MESSAGE. */
  return async function authenticate(
    request: SipRequest,
    remote: Remote,
    identity: 'to' | 'from',
  ): Promise<AuthOutcome> {
    const aor = uriOf(request.headers[identity].uri);
    if (!aor?.user) {
      return {
        ok: false,
        reply: { status: 400, reason: 'Bad Request', warning: `No user in ${identity}` },
      };
    }
    const domain = aor.host.toLowerCase();
    const ws = workspaceFromSipDomain(domain, config.baseDomain);
    if (!ws) {
      return {
        ok: false,
        reply: { status: 404, reason: 'Not Found', warning: `Unknown domain ${domain}` },
      };
    }
    const header = (request.headers.authorization ?? [])
      .map(readCredentials)
      .find((c) => c?.realm.toLowerCase() === domain);
    if (!header) return challenge(domain);

    const key = `${remote.address}|${domain}|${header.username}`;
    const blockedMs = failures.blockedFor(key);
    if (blockedMs > 0) {
      config.log(`auth: ${key} blocked for ${Math.ceil(blockedMs / 1000)} s after failures`);
      return forbidden('Too many failed attempts; try again later', {
        'retry-after': String(Math.ceil(blockedMs / 1000)),
      });
    }
    const nonce = checkNonce(config.nonceSecret, domain, header.nonce);
    if (nonce === 'stale') return challenge(domain, true);

    const fail = (why: string) => {
      failures.record(key);
      config.log(`auth: refused ${request.method} from ${key} (${remote.protocol}): ${why}`);
      return forbidden('Wrong SIP user name or password');
    };
    if (nonce === 'invalid') return fail('nonce not issued by us');
    if (header.username !== aor.user)
      return fail(`authenticated as ${header.username} for ${aor.user}`);

    const account = (await sipAccountRef(ws, header.username).get()).data();
    if (!config.digestAlgorithms.includes(header.algorithm))
      return fail(`${header.algorithm} is not offered`);
    const ha1 = header.algorithm === 'MD5' ? account?.ha1Md5 : account?.ha1Sha256;
    if (!account || !ha1) return fail(account ? 'no SIP password set' : 'unknown user');
    const expected = expectedResponse(header, ha1, request.method, bodyBytes(request));
    if (!responseMatches(header, expected)) return fail('wrong password');

    const operator = (await operatorRef(ws, account.uid).get()).data();
    if (!operator?.active) return forbidden('This operator account is not active');
    return {
      ok: true,
      operator: {
        ws,
        uid: account.uid,
        username: header.username,
        domain,
        displayName: operator.displayName,
        role: operator.role,
      },
    };
  };
}
