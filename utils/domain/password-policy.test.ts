import { describe, expect, it } from 'vitest';
import { checkPassword, chosenPasswordErrors, passwordConfirmError } from './password-policy.ts';

describe('checkPassword', () => {
  it.each([
    ['Tr0ub4dor&3x', 'strong'], // 12, four kinds
    ['correct horse battery staple', 'strong'], // passphrase
    ['blue-Kettle7', 'strong'],
    ['Kettle7blue', 'fair'], // 11, three kinds
    ['ünïcödé-Pässwört', 'strong'],
  ])('accepts %j (%s)', (password, strength) => {
    const result = checkPassword(password);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.strength).toBe(strength);
  });
  it.each([
    ['short1!A', /at least 10 characters/],
    ['alllowercase', /Mix at least three/],
    ['ALLUPPER123', /Mix at least three/],
    ['password123', /well-known/],
    ['Parley-Admin', /well-known/],
    ['aaaaaaaaaaaaaaaaaa', /simple sequence/],
    ['abcdefghijklmnopq', /simple sequence/],
    ['9876543210987', /Mix at least three/],
    [' Leading-space9', /space/],
    ['x'.repeat(129), /at most 128/],
  ])('refuses %j', (password, problem) => {
    const result = checkPassword(password);
    expect(result.ok).toBe(false);
    expect(result.strength).toBe('weak');
    expect(result.problems.join(' ')).toMatch(problem);
  });
  it('refuses the account owner’s email name or display name', () => {
    const account = { email: 'nora.k@parley.test', displayName: 'Nora Kowalski' };
    expect(checkPassword('nora.k-Secret-99', account).problems.join(' ')).toMatch(/name or email/);
    expect(checkPassword('my-KOWALSKI-pass-1', account).ok).toBe(false);
    expect(checkPassword('unrelated-Secret-99', account).ok).toBe(true);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🔑🔑🔑🔑🔑A1b').problems.join(' ')).toMatch(/at least 10/);
  });
});

describe('confirmation and the generate path', () => {
  it('compares the two fields exactly', () => {
    expect(passwordConfirmError('a', 'a')).toBeNull();
    expect(passwordConfirmError('a', 'A')).toBe('The two passwords are different.');
  });
  it('generates when both fields are empty', () => {
    expect(chosenPasswordErrors('', '')).toEqual({ generate: true, problems: [], issues: [] });
  });
  it('checks a chosen password and its confirmation', () => {
    expect(chosenPasswordErrors('blue-Kettle7', 'blue-Kettle7')).toEqual({
      generate: false,
      problems: [],
      issues: [],
    });
    expect(chosenPasswordErrors('blue-Kettle7', '')).toMatchObject({
      problems: ['The two passwords are different.'],
      issues: [{ kind: 'password-mismatch' }],
    });
    expect(chosenPasswordErrors('', 'x').problems[0]).toMatch(/at least 10/);
  });
});
