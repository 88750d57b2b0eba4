/**
 * Errors the admin forms show next to themselves. Validation problems (found before anything is
 * sent) and refusals from Firestore or the callables all become one sentence an admin can act on.
 */

/** A problem with what was typed, found before sending (the form shows `message`). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Throws an InputError for a failed domain validation, or returns the clean value. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; message: string }) {
  if (!result.ok) throw new InputError(result.message);
  return result.value;
}

/** Firestore's error codes, phrased for the Control Panel. `action`: "save the department". */
export function firestoreErrorMessage(error: unknown, action: string): string {
  const code = String((error as { code?: string })?.code ?? '').replace(/^firestore\//, '');
  switch (code) {
    case 'permission-denied':
      return `You are not allowed to ${action}. Only administrators can.`;
    case 'unavailable':
      return `Could not ${action}: the server cannot be reached. Try again in a moment.`;
    case 'not-found':
      return `Could not ${action}: it no longer exists.`;
    case 'invalid-argument':
    case 'failed-precondition':
      return `Could not ${action}: ${(error as Error).message}`;
    default:
      return `Could not ${action}. ${(error as Error)?.message ?? ''}`.trim();
  }
}

/** The sentence to show for anything a save threw. */
export function messageOf(error: unknown, action: string): string {
  if (error instanceof InputError) return error.message;
  if (error && typeof error === 'object' && (error as Error).name === 'CallableError')
    return (error as Error).message;
  return firestoreErrorMessage(error, action);
}
