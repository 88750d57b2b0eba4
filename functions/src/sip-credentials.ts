import { createHash } from 'node:crypto';
import type { Transaction, WriteBatch } from 'firebase-admin/firestore';
import type { SipInfo } from '../../utils/domain/model.ts';
import {
  DEFAULT_SIP_BASE_DOMAIN,
  sipUsernameBase,
  uniqueSipUsername,
  workspaceSipDomain,
} from '../../utils/domain/sip.ts';
import { sipAccountRef, sipAccountsCol } from './data/sip-accounts.ts';

export type DigestAlgorithm = 'MD5' | 'SHA-256';

/** RFC 8760 / RFC 7616: the digest hash of an algorithm, hex encoded. */
export function digestHash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm === 'MD5' ? 'md5' : 'sha256')
    .update(text, 'utf8')
    .digest('hex');
}

/** HA1 = H(username:realm:password): what is stored instead of the password (RFC 2617 §3.2.2.2). */
export function sipHa1(
  algorithm: DigestAlgorithm,
  username: string,
  realm: string,
  password: string,
): string {
  return digestHash(algorithm, `${username}:${realm}:${password}`);
}

/** The deployment's SIP settings, from the environment (README "SIP gateway"). */
export function sipSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    baseDomain: env.SIP_DOMAIN?.trim() || DEFAULT_SIP_BASE_DOMAIN,
    /** What clients put as proxy / outbound server; DNS SRV in production. */
    proxy: env.SIP_PROXY?.trim() || '127.0.0.1:5060',
    transports: (env.SIP_TRANSPORTS?.trim() || 'UDP,TCP').split(',').map((t) => t.trim()),
  };
}

/** The SIP Info shown in the Control Panel for `username` in workspace `ws`. */
export function sipInfoFor(
  ws: string,
  username: string,
  env: NodeJS.ProcessEnv = process.env,
): SipInfo {
  const settings = sipSettings(env);
  const domain = workspaceSipDomain(ws, settings.baseDomain);
  return {
    uri: `sip:${username}@${domain}`,
    username,
    domain,
    proxy: settings.proxy,
    transports: settings.transports,
  };
}

/**
 * Picks a readable SIP user name not yet taken in the workspace and reserves it in `batch`
 * (create: a concurrent reservation of the same name fails the batch instead of sharing it).
 */
export async function reserveSipUsername(
  writer: WriteBatch | Transaction,
  ws: string,
  uid: string,
  person: { displayName: string; email: string },
): Promise<SipInfo> {
  const base = sipUsernameBase(person.displayName, person.email);
  // One small read: a workspace has as many accounts as operators.
  const taken = await sipAccountsCol(ws).select('uid').get();
  const username = uniqueSipUsername(base, new Set(taken.docs.map((d) => d.id)));
  const info = sipInfoFor(ws, username);
  (writer as WriteBatch).create(sipAccountRef(ws, username), {
    id: username,
    uid,
    realm: info.domain,
  });
  return info;
}
