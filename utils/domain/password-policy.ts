/**
 * Rules for a password an admin or operator chooses in the Add/Edit operator forms (the random
 * one, generated when the fields are left empty, comes from functions/src/password.ts with a
 * cryptographic source and is always at least GENERATED_PASSWORD_MIN long).
 *
 * Length matters most (NIST SP 800-63B): at least 10 characters; below 16 it must also mix at
 * least three kinds of character. Refused outright: well-known passwords, one repeated
 * character or a simple run, and passwords containing the account's email name or display name.
 */

import type { Problem } from './problems.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** A passphrase this long needs no character mix. */
export const PASSPHRASE_MIN = 16;
/** Generated passwords are at least this long (issue 4). */
export const GENERATED_PASSWORD_MIN = 16;

/** A small list of the passwords tried first in credential-stuffing; lowercase. */
const COMMON = new Set([
  '123456789012',
  '1234567890',
  'qwertyuiop',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'letmein1234',
  'welcome123',
  'admin12345',
  'administrator',
  'changeme123',
  'qwerty123456',
  '1q2w3e4r5t',
  'abc123456789',
  'parley-admin',
  'parley-operator',
]);

export type PasswordStrength = 'weak' | 'fair' | 'strong';

export type PasswordProblem = Extract<Problem, { kind: `password-${string}` }>;

export interface PasswordCheck {
  ok: boolean;
  /** Every problem, in English ("Use at least 10 characters."): the functions' refusal. */
  problems: string[];
  /** The same problems as data, for a form to phrase in its own language. */
  issues: PasswordProblem[];
  strength: PasswordStrength;
}

/** A password problem in English, for the functions and the English-only forms. */
export function passwordProblemText(problem: PasswordProblem): string {
  switch (problem.kind) {
    case 'password-too-short':
      return `Use at least ${problem.min} characters.`;
    case 'password-too-long':
      return `Use at most ${problem.max} characters.`;
    case 'password-outer-space':
      return "Don't start or end with a space.";
    case 'password-mix':
      return `Mix at least three of: lowercase, uppercase, digits, symbols (or use ${problem.passphrase}+ characters).`;
    case 'password-common':
      return 'This is a well-known password; choose another.';
    case 'password-simple':
      return 'A repeated character or a simple sequence is easy to guess.';
    case 'password-personal':
      return "Don't use your name or email in the password.";
    case 'password-mismatch':
      return 'The two passwords are different.';
  }
}

function characterKinds(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password))
    .length;
}

/** A run like "abcdefghij" or "9876543210", or one character repeated. */
function isSimpleRun(password: string): boolean {
  const codes = [...password].map((char) => char.codePointAt(0)!);
  if (codes.length < 2) return true;
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) <= 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step);
}

export function checkPassword(
  password: string,
  account: { email?: string; displayName?: string } = {},
): PasswordCheck {
  const issues: PasswordProblem[] = [];
  // People count an emoji as one character; rules never see passwords, so code points it is.
  const length = [...password].length;
  const lower = password.toLowerCase();
  if (length < PASSWORD_MIN) issues.push({ kind: 'password-too-short', min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) issues.push({ kind: 'password-too-long', max: PASSWORD_MAX });
  if (password !== password.trim()) issues.push({ kind: 'password-outer-space' });
  if (length >= PASSWORD_MIN && length < PASSPHRASE_MIN && characterKinds(password) < 3)
    issues.push({ kind: 'password-mix', passphrase: PASSPHRASE_MIN });
  if (COMMON.has(lower)) issues.push({ kind: 'password-common' });
  else if (length >= 2 && isSimpleRun(password)) issues.push({ kind: 'password-simple' });
  const personal = [
    account.email?.split('@')[0]?.toLowerCase(),
    ...(account.displayName?.toLowerCase().split(/\s+/) ?? []),
  ].filter((part): part is string => !!part && part.length >= 3);
  if (personal.some((part) => lower.includes(part))) issues.push({ kind: 'password-personal' });

  const kinds = characterKinds(password);
  const strength: PasswordStrength =
    issues.length > 0
      ? 'weak'
      : length >= PASSPHRASE_MIN || (length >= 12 && kinds >= 3)
        ? 'strong'
        : 'fair';
  return { ok: issues.length === 0, problems: issues.map(passwordProblemText), issues, strength };
}

/** The confirm field's message, or null when both fields agree. */
export function passwordConfirmError(password: string, confirm: string): string | null {
  const mismatch = passwordMismatch(password, confirm);
  return mismatch && passwordProblemText(mismatch);
}

/** The confirm field's problem, or null when both fields agree. */
export function passwordMismatch(password: string, confirm: string): PasswordProblem | null {
  return password === confirm ? null : { kind: 'password-mismatch' };
}

/**
 * The Add Operator form's rule: both fields empty means "generate one"; otherwise the password
 * must pass checkPassword and match its confirmation.
 */
export function chosenPasswordErrors(
  password: string,
  confirm: string,
  account: { email?: string; displayName?: string } = {},
): { generate: boolean; problems: string[]; issues: PasswordProblem[] } {
  if (password === '' && confirm === '') return { generate: true, problems: [], issues: [] };
  const { issues } = checkPassword(password, account);
  const mismatch = passwordMismatch(password, confirm);
  const all = mismatch ? [...issues, mismatch] : issues;
  return { generate: false, problems: all.map(passwordProblemText), issues: all };
}
