import { fail } from './errors.ts';
import type { Validated } from './pending-domain/validation.ts';

/** Unwraps a domain validation result, answering `invalid-argument` with its message. */
export function valid<T>(result: Validated<T>): T {
  if (!result.ok) fail('invalid-argument', result.error);
  return result.value;
}
