/**
 * Rules for a password an admin or operator chooses in the Add/Edit operator forms (the random
 * one, generated when the fields are left empty, comes from functions/src/password.ts with a
 * cryptographic source and is always at least GENERATED_PASSWORD_MIN long).
 *
 * Length matters most (NIST SP 800-63B): at least 10 characters; below 16 it must also mix at
 * least three kinds of character. Refused outright: well-known passwords, one repeated
 * character or a simple run, and passwords containing the account's email name or display name.
 */

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

export interface PasswordCheck {
  ok: boolean;
  /** Every problem, phrased for the form ("Use at least 10 characters."). */
  problems: string[];
  strength: PasswordStrength;
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
  const problems: string[] = [];
  // People count an emoji as one character; rules never see passwords, so code points it is.
  const length = [...password].length;
  const lower = password.toLowerCase();
  if (length < PASSWORD_MIN) problems.push(`Use at least ${PASSWORD_MIN} characters.`);
  if (length > PASSWORD_MAX) problems.push(`Use at most ${PASSWORD_MAX} characters.`);
  if (password !== password.trim()) problems.push("Don't start or end with a space.");
  if (length >= PASSWORD_MIN && length < PASSPHRASE_MIN && characterKinds(password) < 3)
    problems.push(
      `Mix at least three of: lowercase, uppercase, digits, symbols (or use ${PASSPHRASE_MIN}+ characters).`,
    );
  if (COMMON.has(lower)) problems.push('This is a well-known password; choose another.');
  else if (length >= 2 && isSimpleRun(password))
    problems.push('A repeated character or a simple sequence is easy to guess.');
  const personal = [
    account.email?.split('@')[0]?.toLowerCase(),
    ...(account.displayName?.toLowerCase().split(/\s+/) ?? []),
  ].filter((part): part is string => !!part && part.length >= 3);
  if (personal.some((part) => lower.includes(part)))
    problems.push("Don't use your name or email in the password.");

  const kinds = characterKinds(password);
  const strength: PasswordStrength =
    problems.length > 0
      ? 'weak'
      : length >= PASSPHRASE_MIN || (length >= 12 && kinds >= 3)
        ? 'strong'
        : 'fair';
  return { ok: problems.length === 0, problems, strength };
}

/** The confirm field's message, or null when both fields agree. */
export function passwordConfirmError(password: string, confirm: string): string | null {
  return password === confirm ? null : 'The two passwords are different.';
}

/**
 * The Add Operator form's rule: both fields empty means "generate one"; otherwise the password
 * must pass checkPassword and match its confirmation.
 */
export function chosenPasswordErrors(
  password: string,
  confirm: string,
  account: { email?: string; displayName?: string } = {},
): { generate: boolean; problems: string[] } {
  if (password === '' && confirm === '') return { generate: true, problems: [] };
  const { problems } = checkPassword(password, account);
  const mismatch = passwordConfirmError(password, confirm);
  return { generate: false, problems: mismatch ? [...problems, mismatch] : problems };
}
