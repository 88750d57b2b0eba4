/**
 * Who is calling, from the `Authorization` header (gRPC metadata or HTTP). Emulators never verify
 * signatures: the Auth emulator signs with `alg: none` and rules-unit-testing builds unsigned
 * tokens, so the payload is read as is. A bearer token that is not a JWT at all is refused with
 * INVALID_ARGUMENT "invalid jwt", as Google's emulator answers it (firebase-tools#2010: an OAuth
 * access token got 400 "invalid jwt"; #6546: a WebChannel stream failed to open with it).
 */
import { type Caller, FirestoreError } from '../core/api.ts';

const SIGNED_OUT: Caller = { kind: 'user', auth: null };

export function callerFromAuthorization(header: string | undefined | null): Caller {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return SIGNED_OUT;
  const token = match[1]!.trim();
  if (token === 'owner') return { kind: 'owner' };
  const claims = decodeJwtPayload(token);
  const uid = stringClaim(claims.sub) ?? stringClaim(claims.user_id);
  if (!uid) return SIGNED_OUT;
  return { kind: 'user', auth: { uid, token: claims } };
}

/** The claims of a `header.payload.signature` token whose header and payload are JSON objects. */
function decodeJwtPayload(token: string): Record<string, unknown> {
  const parts = token.split('.');
  const [header, payload] = parts.slice(0, 2).map(decodeJsonObject);
  if (parts.length !== 3 || !header || !payload) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      'invalid jwt: the Authorization bearer token must be "owner" or a JWT (header.payload.signature, base64url JSON header and payload)',
    );
  }
  return payload;
}

function decodeJsonObject(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
