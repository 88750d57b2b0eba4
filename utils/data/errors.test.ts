import { describe, expect, it } from 'vitest';
import { t } from '../i18n.ts';
import { firestoreErrorMessage, InputError, messageOf, valueOrThrow } from './errors.ts';

describe('valueOrThrow', () => {
  it('returns the clean value or throws the problem phrased from the catalogue', () => {
    expect(valueOrThrow({ ok: true, value: 3 })).toBe(3);
    expect(() =>
      valueOrThrow({ ok: false, problem: { kind: 'required', field: 'departmentName' } }),
    ).toThrow(new InputError('The department name is required.'));
  });
});

describe('messageOf', () => {
  it('keeps the message of a typing problem or a callable refusal', () => {
    expect(messageOf(new InputError('Type a shortcut.'), 'save')).toBe('Type a shortcut.');
    const refusal = Object.assign(new Error('Only an administrator can change role.'), {
      name: 'CallableError',
    });
    expect(messageOf(refusal, 'save the operator')).toBe('Only an administrator can change role.');
  });

  it('phrases Firestore refusals for the Control Panel', () => {
    const action = t('actionSaveTheDepartment');
    expect(firestoreErrorMessage({ code: 'permission-denied' }, action)).toBe(
      'You are not allowed to save the department. Only administrators can.',
    );
    expect(firestoreErrorMessage({ code: 'not-found' }, action)).toBe(
      'Could not save the department: it no longer exists.',
    );
    expect(firestoreErrorMessage({ code: 'aborted', message: 'Try later.' }, action)).toBe(
      'Could not save the department. Try later.',
    );
    expect(messageOf({ code: 'unavailable', message: 'x' }, 'load the invoices')).toMatch(
      /server cannot be reached/,
    );
  });
});
