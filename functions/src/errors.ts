import { logger } from 'firebase-functions';
import { HttpsError } from 'firebase-functions/v2/https';
import type { RefusalDetails } from '../../utils/domain/refusals.ts';

/**
 * The error codes our callables answer with (docs/architecture.md "Callables": clear codes, never
 * a stack trace).
 */
export type CallableErrorCode =
  | 'invalid-argument'
  | 'permission-denied'
  | 'not-found'
  | 'failed-precondition'
  | 'resource-exhausted'
  | 'unauthenticated'
  | 'already-exists';

/**
 * Refuses with an HttpsError: `message` in English for logs and clients that predate `details`,
 * `details` the reason a client phrases in its own words (utils/domain/refusals.ts).
 */
export function fail(code: CallableErrorCode, message: string, details: RefusalDetails): never {
  throw new HttpsError(code, message, details);
}

/**
 * Runs a callable body; an HttpsError passes through as is, anything else is logged on the server
 * and answered as a bare `internal` error so no stack trace or internal detail reaches a client.
 */
export async function guarded<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HttpsError) throw error;
    logger.error(`${name} failed`, error);
    throw new HttpsError('internal', `${name} failed; please try again.`);
  }
}

/**
 * An HttpsError from either build of firebase-functions: its ESM and CommonJS builds each have
 * their own class, and code that embeds the callables (the SIP gateway under tsx) can meet both,
 * so `instanceof` alone would miss refusals and turn them into internal errors.
 */
export function isHttpsError(error: unknown): error is HttpsError {
  return (
    error instanceof HttpsError ||
    (error instanceof Error &&
      typeof (error as { code?: unknown }).code === 'string' &&
      typeof (error as { httpErrorCode?: unknown }).httpErrorCode === 'object')
  );
}
