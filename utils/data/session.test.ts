import { describe, expect, it } from 'vitest';
import { operatorFromClaims, signInErrorMessage } from './session.ts';

describe('operatorFromClaims', () => {
  const user = { uid: 'u1', email: 'nora@parley.test', displayName: 'Nora' };
  it('builds the operator from {ws, role} claims', () => {
    expect(operatorFromClaims(user, { ws: 'demo', role: 'normal' })).toEqual({
      uid: 'u1',
      email: 'nora@parley.test',
      displayName: 'Nora',
      workspaceId: 'demo',
      role: 'normal',
    });
  });
  it('is null without a workspace or with an unknown role', () => {
    expect(operatorFromClaims(user, {})).toBeNull();
    expect(operatorFromClaims(user, { ws: 'demo', role: 'owner' })).toBeNull();
  });
  it('falls back to the email name when there is no display name', () => {
    const op = operatorFromClaims({ ...user, displayName: null }, { ws: 'demo', role: 'admin' });
    expect(op?.displayName).toBe('nora');
  });
});

describe('signInErrorMessage', () => {
  it('explains a wrong password and a disabled account', () => {
    expect(signInErrorMessage('auth/invalid-credential')).toBe('Wrong email or password.');
    expect(signInErrorMessage('auth/user-disabled')).toMatch(/disabled/);
    expect(signInErrorMessage('auth/something-new')).toMatch(/failed/);
  });
});
