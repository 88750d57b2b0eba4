import type { Validation } from '../../utils/domain/validation.ts';
import { fail } from './errors.ts';

/** Unwraps a domain validation result, answering `invalid-argument` with its message and problem. */
export function valid<T>(result: Validation<T>): T {
  if (!result.ok)
    fail('invalid-argument', result.message, { reason: 'invalid-input', problem: result.problem });
  return result.value;
}
