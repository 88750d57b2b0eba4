/**
 * Who is calling, from the `Authorization` header (gRPC metadata or HTTP). Emulators never verify
 * signatures: the Auth emulator signs with `alg: none` and rules-unit-testing builds unsigned
 * tokens, so the payload is read as is.
 */
import type { Caller } from '../core/api.ts';

const SIGNED_OUT: Caller = { kind: 'user', auth: null };

export function callerFromAuthorization(header: string | undefined | null): Caller {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return SIGNED_OUT;
  const token = match[1]!.trim();
  if (token === 'owner') return { kind: 'owner' };
  const claims = decodeJwtPayload(token);
  if (!claims) return SIGNED_OUT;
  const uid = stringClaim(claims.sub) ?? stringClaim(claims.user_id);
  if (!uid) return SIGNED_OUT;
  return { kind: 'user', auth: { uid, token: claims } };
}

function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
