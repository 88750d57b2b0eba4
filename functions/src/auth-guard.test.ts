import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { operatorOf, requireOperator, requireSignedIn } from './auth-guard.ts';

const caller = (uid: string | null, token: Record<string, unknown> = {}) => ({
  // biome-ignore lint/suspicious/noExplicitAny: a partial AuthData is enough for the guard
  auth: uid ? ({ uid, token, rawToken: '' } as any) : undefined,
});

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof HttpsError ? error.code : 'not-an-HttpsError';
  }
}

describe('requireSignedIn', () => {
  it('returns the uid, or answers unauthenticated', () => {
    expect(requireSignedIn(caller('v1'))).toBe('v1');
    expect(codeOf(() => requireSignedIn(caller(null)))).toBe('unauthenticated');
  });
});

describe('requireOperator', () => {
  it('accepts an operator of the workspace with their role', () => {
    expect(requireOperator(caller('u1', { ws: 'demo', role: 'normal' }), 'demo')).toEqual({
      uid: 'u1',
      ws: 'demo',
      role: 'normal',
    });
  });
  it('refuses signed-out callers, visitors and other workspaces', () => {
    expect(codeOf(() => requireOperator(caller(null), 'demo'))).toBe('unauthenticated');
    expect(codeOf(() => requireOperator(caller('visitor'), 'demo'))).toBe('permission-denied');
    expect(
      codeOf(() => requireOperator(caller('u1', { ws: 'other', role: 'admin' }), 'demo')),
    ).toBe('permission-denied');
  });
  it('requires the admin role when asked', () => {
    const normal = caller('u1', { ws: 'demo', role: 'normal' });
    const admin = caller('u2', { ws: 'demo', role: 'admin' });
    expect(codeOf(() => requireOperator(normal, 'demo', 'admin'))).toBe('permission-denied');
    expect(requireOperator(admin, 'demo', 'admin').role).toBe('admin');
  });
  it('treats an unknown role claim as normal', () => {
    const odd = caller('u1', { ws: 'demo', role: 'superuser' });
    expect(requireOperator(odd, 'demo').role).toBe('normal');
    expect(codeOf(() => requireOperator(odd, 'demo', 'admin'))).toBe('permission-denied');
  });
});

describe('operatorOf', () => {
  it('is the operator for their own workspace and null otherwise', () => {
    expect(operatorOf(caller('u2', { ws: 'demo', role: 'admin' }), 'demo')).toEqual({
      uid: 'u2',
      ws: 'demo',
      role: 'admin',
    });
    expect(operatorOf(caller('u2', { ws: 'other', role: 'admin' }), 'demo')).toBeNull();
    expect(operatorOf(caller('visitor'), 'demo')).toBeNull();
    expect(operatorOf(caller(null), 'demo')).toBeNull();
  });
});
