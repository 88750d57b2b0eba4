/**
 * Creating a workspace from the options page ("Create a workspace"): what a new workspace starts
 * with, how its id is derived from its name, and the limits that keep sign-up from being abused.
 * Shared by the form (to say what is wrong before sending) and the createWorkspace callable.
 */
import type { RateLimit } from './rate-limit.ts';
import { normalizeSingleLine } from './text.ts';
import type { Validation } from './validation.ts';

export const WORKSPACE_NAME_MAX = 80;

/** A workspace name: 2..80 characters with a letter or digit. */
export function validateWorkspaceName(input: unknown): Validation<string> {
  const field = 'workspaceName';
  const required = { ok: false, message: 'The workspace name is required.' } as const;
  if (typeof input !== 'string') return { ...required, problem: { kind: 'required', field } };
  const value = normalizeSingleLine(input);
  if (value === '') return { ...required, problem: { kind: 'required', field } };
  const length = [...value].length;
  if (length < 2)
    return {
      ok: false,
      message: 'The workspace name needs at least 2 characters.',
      problem: { kind: 'too-short', field, min: 2 },
    };
  if (length > WORKSPACE_NAME_MAX)
    return {
      ok: false,
      message: `The workspace name can be at most ${WORKSPACE_NAME_MAX} characters (it has ${length}).`,
      problem: { kind: 'too-long', field, max: WORKSPACE_NAME_MAX, length },
    };
  if (!/[\p{L}\p{N}]/u.test(value))
    return {
      ok: false,
      message: 'The workspace name needs at least one letter or digit.',
      problem: { kind: 'no-letter-or-digit', field },
    };
  return { ok: true, value };
}

/**
 * The workspace id: a readable slug of the name plus a random suffix (`acme-shop-k3f9q2`), so it
 * can sit in a customer's page source without guessing games and two "Acme" shops never collide.
 * `suffix` comes from the caller (crypto randomness lives outside the domain).
 */
export function workspaceIdFor(name: string, suffix: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/g, '');
  const cleanSuffix = suffix.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (cleanSuffix.length < 6) throw new Error('The workspace id suffix needs 6 letters or digits.');
  return slug ? `${slug}-${cleanSuffix}` : `ws-${cleanSuffix}`;
}

/** Sign-ups from one email address: 3 an hour (a retyped form, not a campaign). */
export const SIGNUP_PER_ADDRESS_LIMIT: RateLimit = { limit: 3, windowMs: 3_600_000 };
/** Sign-ups from one IP address: 5 an hour and 20 a day (an office shares an address). */
export const SIGNUP_PER_IP_LIMITS: readonly RateLimit[] = [
  { limit: 5, windowMs: 3_600_000 },
  { limit: 20, windowMs: 86_400_000 },
];
/** Invitation emails one workspace sends: 20 an hour, so an account can't become a mail relay. */
export const INVITATION_LIMIT: RateLimit = { limit: 20, windowMs: 3_600_000 };

/** Defaults of a new workspace (the seed manual: routing to all operators until set up). */
export const NEW_WORKSPACE_DEFAULTS = {
  routingMode: 'all',
  seatPrice: 1900,
  currency: 'EUR',
} as const;
