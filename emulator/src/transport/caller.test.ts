import { describe, expect, it } from 'vitest';
import { callerFromAuthorization } from './caller.ts';

const jwt = (payload: object) =>
  `${Buffer.from('{"alg":"none","type":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify(payload),
  ).toString('base64url')}.`;

describe('callerFromAuthorization', () => {
  it('recognizes the owner token', () => {
    expect(callerFromAuthorization('Bearer owner')).toEqual({ kind: 'owner' });
  });

  it('is signed out without a bearer token, or with a JWT naming no user', () => {
    expect(callerFromAuthorization(undefined)).toEqual({ kind: 'user', auth: null });
    expect(callerFromAuthorization('Basic abc')).toEqual({ kind: 'user', auth: null });
    expect(callerFromAuthorization(`Bearer ${jwt({ email: 'a@x.test' })}`)).toEqual({
      kind: 'user',
      auth: null,
    });
  });

  it('refuses a bearer token that is not a JWT with INVALID_ARGUMENT "invalid jwt"', () => {
    const notJson = Buffer.from('not json').toString('base64url');
    for (const token of [
      'not-a-jwt',
      'ya29.an-oauth-access-token',
      `${notJson}.${notJson}.`,
      `${jwt({ sub: 'a' }).slice(0, -1)}.extra.part`,
    ]) {
      expect(() => callerFromAuthorization(`Bearer ${token}`)).toThrowError(
        expect.objectContaining({
          status: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/^invalid jwt/),
        }),
      );
    }
  });

  it('accepts signed JWTs without checking the signature', () => {
    const header = Buffer.from('{"alg":"RS256","kid":"x"}').toString('base64url');
    const payload = Buffer.from('{"sub":"carol"}').toString('base64url');
    expect(callerFromAuthorization(`Bearer ${header}.${payload}.c2lnbmF0dXJl`)).toEqual({
      kind: 'user',
      auth: { uid: 'carol', token: { sub: 'carol' } },
    });
  });

  it('reads uid from sub, then user_id, keeping every claim', () => {
    const claims = { sub: 'alice', email: 'a@x.test', firebase: { sign_in_provider: 'password' } };
    expect(callerFromAuthorization(`Bearer ${jwt(claims)}`)).toEqual({
      kind: 'user',
      auth: { uid: 'alice', token: claims },
    });
    expect(callerFromAuthorization(`Bearer ${jwt({ user_id: 'bob' })}`)).toEqual({
      kind: 'user',
      auth: { uid: 'bob', token: { user_id: 'bob' } },
    });
  });
});
