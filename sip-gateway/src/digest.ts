/**
 * HTTP Digest for SIP (RFC 3261 §22, RFC 2617, RFC 8760 for SHA-256) on the server side. The
 * `sip` library's own digest module knows only MD5 and keeps per-client session state; this one
 * offers SHA-256 and MD5 and its nonces are stateless (a timestamp signed with the shared
 * secret), so any gateway instance can check a challenge another instance issued.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthParams } from 'sip';
import { type DigestAlgorithm, digestHash } from '../../functions/src/sip-credentials.ts';

/** A nonce is good for this long; older ones get a new challenge with stale=true. */
export const NONCE_LIFETIME_MS = 5 * 60_000;

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** Removes the quotes the library leaves on auth parameters. */
export function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^"(.*)"$/s.exec(value);
  return match ? match[1]!.replace(/\\(.)/g, '$1') : value;
}

function sign(secret: Buffer, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url').slice(0, 22);
}

export function makeNonce(secret: Buffer, realm: string, now = Date.now()): string {
  const stamp = `${now.toString(36)}.${randomBytes(6).toString('base64url')}`;
  return `${stamp}.${sign(secret, `${stamp}:${realm}`)}`;
}

export type NonceCheck = 'valid' | 'stale' | 'invalid';

export function checkNonce(secret: Buffer, realm: string, nonce: string, now = Date.now()) {
  const parts = nonce.split('.');
  if (parts.length !== 3) return 'invalid';
  const [time, salt, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${time}.${salt}:${realm}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const issued = Number.parseInt(time, 36);
  return now - issued > NONCE_LIFETIME_MS || issued - now > 60_000 ? 'stale' : 'valid';
}

/** The WWW-Authenticate headers of a 401, one per algorithm in order of preference (RFC 8760 §2.4). */
export function challenges(
  secret: Buffer,
  realm: string,
  stale = false,
  algorithms: readonly DigestAlgorithm[] = ['SHA-256', 'MD5'],
): AuthParams[] {
  const nonce = makeNonce(secret, realm);
  return algorithms.map((algorithm) => ({
    scheme: 'Digest',
    realm: quote(realm),
    nonce: quote(nonce),
    qop: quote('auth,auth-int'),
    algorithm,
    ...(stale ? { stale: 'true' } : {}),
  }));
}

export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm: DigestAlgorithm;
  qop?: 'auth' | 'auth-int';
  nc?: string;
  cnonce?: string;
}

/** The Digest credentials of an Authorization header, or null when they are incomplete or unsupported. */
export function readCredentials(header: AuthParams): DigestCredentials | null {
  if (header.scheme?.toLowerCase() !== 'digest') return null;
  const get = (name: string) => unquote(header[name]);
  const username = get('username');
  const realm = get('realm');
  const nonce = get('nonce');
  const uri = get('uri');
  const response = get('response');
  const algorithmName = (get('algorithm') ?? 'MD5').toUpperCase();
  const qop = get('qop')?.toLowerCase();
  if (!username || !realm || !nonce || !uri || !response) return null;
  if (algorithmName !== 'MD5' && algorithmName !== 'SHA-256') return null;
  if (qop !== undefined && qop !== 'auth' && qop !== 'auth-int') return null;
  const nc = get('nc');
  const cnonce = get('cnonce');
  if (qop && (!nc || !cnonce)) return null;
  return {
    username,
    realm,
    nonce,
    uri,
    response: response.toLowerCase(),
    algorithm: algorithmName,
    ...(qop ? { qop, nc, cnonce } : {}),
  } as DigestCredentials;
}

/** RFC 2617 §3.2.2.1 request-digest from the stored HA1; body is the raw request body. */
export function expectedResponse(
  credentials: DigestCredentials,
  ha1: string,
  method: string,
  body: Buffer,
): string {
  const h = (text: string) => digestHash(credentials.algorithm, text);
  const a2 =
    credentials.qop === 'auth-int'
      ? `${method}:${credentials.uri}:${createBodyHash(credentials.algorithm, body)}`
      : `${method}:${credentials.uri}`;
  const ha2 = h(a2);
  if (!credentials.qop) return h(`${ha1}:${credentials.nonce}:${ha2}`);
  return h(
    `${ha1}:${credentials.nonce}:${credentials.nc}:${credentials.cnonce}:${credentials.qop}:${ha2}`,
  );
}

/** H(entity-body) for qop=auth-int, over the body's bytes as sent. */
function createBodyHash(algorithm: DigestAlgorithm, body: Buffer): string {
  return createHash(algorithm === 'MD5' ? 'md5' : 'sha256')
    .update(body)
    .digest('hex');
}

/** Constant-time comparison of the client's response with the expected one. */
export function responseMatches(credentials: DigestCredentials, expected: string): boolean {
  const a = Buffer.from(credentials.response);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
