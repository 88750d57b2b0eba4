import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import {
  createRequestFrom,
  type OperatorDoc,
  type OperatorForm,
  updateRequestFrom,
} from './operators.ts';

const form: OperatorForm = {
  displayName: ' Paula ',
  email: 'Paula@Parley.TEST',
  role: 'normal',
  maxChats: '4',
  password: '',
  confirm: '',
};

const paula: OperatorDoc = {
  id: 'p1',
  displayName: 'Paula',
  email: 'Paula@parley.test',
  role: 'normal',
  active: true,
  maxChats: 4,
  createdAt: new Date(0),
};

describe('createRequestFrom', () => {
  it('leaves the password out when both fields are empty (the function generates one)', () => {
    expect(createRequestFrom('demo', form)).toEqual({
      workspaceId: 'demo',
      displayName: 'Paula',
      email: 'Paula@parley.test',
      role: 'normal',
      maxChats: 4,
    });
  });

  it('sends a chosen password that passes the policy and matches its confirmation', () => {
    const request = createRequestFrom('demo', {
      ...form,
      password: 'correct horse battery',
      confirm: 'correct horse battery',
    });
    expect(request.password).toBe('correct horse battery');
  });

  it('refuses weak or mismatched passwords and bad fields with the domain messages', () => {
    expect(() =>
      createRequestFrom('demo', { ...form, password: 'short', confirm: 'short' }),
    ).toThrow(/at least 10 characters/);
    expect(() =>
      createRequestFrom('demo', { ...form, password: 'correct horse battery', confirm: 'other' }),
    ).toThrow('The two passwords are different.');
    expect(() => createRequestFrom('demo', { ...form, email: 'nope' })).toThrow(InputError);
    expect(() => createRequestFrom('demo', { ...form, maxChats: '0' })).toThrow(/Concurrent chats/);
  });
});

describe('updateRequestFrom', () => {
  const same: OperatorForm = {
    ...form,
    displayName: 'Paula',
    email: 'Paula@parley.test',
    active: true,
  };

  it('sends only what changed', () => {
    expect(updateRequestFrom('demo', paula, same)).toEqual({ workspaceId: 'demo', uid: 'p1' });
    expect(
      updateRequestFrom('demo', paula, {
        ...same,
        displayName: 'Paula Park',
        role: 'admin',
        active: false,
      }),
    ).toEqual({
      workspaceId: 'demo',
      uid: 'p1',
      displayName: 'Paula Park',
      role: 'admin',
      active: false,
    });
  });

  it('keeps the password unless one is typed', () => {
    expect(
      updateRequestFrom('demo', paula, {
        ...same,
        password: 'Another-Good-1',
        confirm: 'Another-Good-1',
      }).password,
    ).toBe('Another-Good-1');
    expect(() => updateRequestFrom('demo', paula, { ...same, confirm: 'x' })).toThrow(InputError);
  });

  it("for one's own account sends only display name and password", () => {
    expect(
      updateRequestFrom(
        'demo',
        paula,
        { ...same, displayName: 'P', role: 'admin', maxChats: 9 },
        true,
      ),
    ).toEqual({ workspaceId: 'demo', uid: 'p1', displayName: 'P' });
  });
});
