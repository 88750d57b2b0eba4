import { describe, expect, it } from 'vitest';
import { firestoreErrorMessage, InputError, messageOf } from './errors.ts';

describe('messageOf', () => {
  it('keeps the message of a typing problem or a callable refusal', () => {
    expect(messageOf(new InputError('Type a shortcut.'), 'save')).toBe('Type a shortcut.');
    const refusal = Object.assign(new Error('Only an administrator can change role.'), {
      name: 'CallableError',
    });
    expect(messageOf(refusal, 'save the operator')).toBe('Only an administrator can change role.');
  });

  it('phrases Firestore refusals for the Control Panel', () => {
    expect(firestoreErrorMessage({ code: 'permission-denied' }, 'save the department')).toBe(
      'You are not allowed to save the department. Only administrators can.',
    );
    expect(messageOf({ code: 'unavailable', message: 'x' }, 'load the invoices')).toMatch(
      /server cannot be reached/,
    );
  });
});
