/**
 * Rules for what may be stored (beyond size): no arrays directly inside arrays, at most 20
 * levels of nesting. Stored documents are deep-frozen: reads hand out the stored objects
 * themselves, so a caller that mutated one would corrupt the database; freezing turns that
 * into an immediate TypeError instead.
 */
import type { Document, Fields, Value } from './api.ts';
import { FirestoreError } from './api.ts';

export const MAX_DEPTH = 20;

function checkValue(v: Value, depth: number, insideArray: boolean, path: string): void {
  if (depth > MAX_DEPTH) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      `Value at ${path} exceeds the maximum depth of ${MAX_DEPTH} levels`,
    );
  }
  if ('arrayValue' in v) {
    if (insideArray) {
      throw new FirestoreError(
        'INVALID_ARGUMENT',
        `Cannot have an array directly inside an array (at ${path})`,
      );
    }
    for (const item of v.arrayValue.values ?? []) checkValue(item, depth + 1, true, path);
  } else if ('mapValue' in v) {
    for (const [key, inner] of Object.entries(v.mapValue.fields ?? {})) {
      checkValue(inner, depth + 1, false, `${path}.${key}`);
    }
  }
}

/** INVALID_ARGUMENT when fields cannot be stored. */
export function validateStoredFields(fields: Fields): void {
  for (const [key, v] of Object.entries(fields)) checkValue(v, 1, false, key);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Freezes a document about to be stored (and returned to readers as is). */
export function freezeDocument(doc: Document): Document {
  return deepFreeze(doc);
}
