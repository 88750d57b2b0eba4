import { type OperatorListField, validateOperatorIds } from '../../domain/validation.ts';
import { valueOrThrow } from '../errors.ts';

/**
 * Departments, URL routes and the off-line recipients are all "a thing + a list of operator
 * uids"; this checks the list the same way for all three (utils/domain validateOperatorIds).
 */
export function cleanOperatorIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  field: OperatorListField,
  allowEmpty = false,
): string[] {
  return valueOrThrow(validateOperatorIds([...ids], { known, allowEmpty, field }));
}
