/**
 * Errors the admin forms show next to themselves. Validation problems (found before anything is
 * sent) and refusals from Firestore or the callables all become one sentence an admin can act on,
 * from the extension's catalogue.
 */
import type { Problem } from '../domain/problems.ts';
import { t } from '../i18n.ts';
import { problemMessage } from './problem-message.ts';

/** A problem with what was typed, found before sending (the form shows `message`). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Throws an InputError for a failed domain validation, or returns the clean value. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; problem: Problem }) {
  if (!result.ok) throw new InputError(problemMessage(result.problem));
  return result.value;
}

/**
 * Firestore's error codes, phrased for the Control Panel. `action` is a phrase from the catalogue
 * that fits "Could not …": t('actionSaveTheDepartment').
 */
export function firestoreErrorMessage(error: unknown, action: string): string {
  const code = String((error as { code?: string })?.code ?? '').replace(/^firestore\//, '');
  switch (code) {
    case 'permission-denied':
      return t('youAreNotAllowedToOnlyAdministrators', action);
    case 'unavailable':
      return t('couldNotTheServerCannotBeReached', action);
    case 'not-found':
      return t('couldNotItNoLongerExists', action);
    case 'invalid-argument':
    case 'failed-precondition':
      return t('couldNotBecause', action, (error as Error).message);
    default:
      return t('couldNotWithDetail', action, (error as Error)?.message ?? '').trim();
  }
}

/** The sentence to show for anything a save threw. */
export function messageOf(error: unknown, action: string): string {
  if (error instanceof InputError) return error.message;
  if (error && typeof error === 'object' && (error as Error).name === 'CallableError')
    return (error as Error).message;
  return firestoreErrorMessage(error, action);
}
