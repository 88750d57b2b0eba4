import { randomInt } from 'node:crypto';
import { GENERATED_PASSWORD_MIN } from '../../utils/domain/password-policy.ts';

// No look-alikes (0/O, 1/l/I) so an admin can read the password out to a colleague.
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!@#%+=';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

export const GENERATED_PASSWORD_LENGTH = 20;

/**
 * A strong random password from the OS's cryptographic source (crypto.randomInt, no modulo
 * bias): 20 characters from 67 symbols, about 121 bits, with at least one of each class so it
 * passes any composition rule a provider might impose.
 */
export function generatePassword(length = GENERATED_PASSWORD_LENGTH): string {
  if (length < GENERATED_PASSWORD_MIN) {
    throw new Error(`Generated passwords have at least ${GENERATED_PASSWORD_MIN} characters.`);
  }
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher-Yates, so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
