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

  it('is signed out without a header or with garbage', () => {
    expect(callerFromAuthorization(undefined)).toEqual({ kind: 'user', auth: null });
    expect(callerFromAuthorization('Bearer not-a-jwt')).toEqual({ kind: 'user', auth: null });
    expect(callerFromAuthorization('Basic abc')).toEqual({ kind: 'user', auth: null });
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
