/**
 * Document size as Firestore computes it (firebase.google.com/docs/firestore/storage-size):
 * name size + sum of field sizes + 32. Writes above 1 MiB are rejected.
 */
import type { Fields, Value } from './api.ts';
import { FirestoreError } from './api.ts';

export const MAX_DOCUMENT_BYTES = 1_048_576;

function stringSize(s: string): number {
  return Buffer.byteLength(s, 'utf8') + 1;
}

/** Size of a document name from its relative path ("users/jeff/tasks/t1"): segments + 16. */
export function nameSize(path: string): number {
  return path.split('/').reduce((sum, segment) => sum + stringSize(segment), 0) + 16;
}

function referenceSize(name: string): number {
  const i = name.indexOf('/documents/');
  return i < 0 ? stringSize(name) : nameSize(name.slice(i + '/documents/'.length));
}

export function valueSize(v: Value): number {
  if ('nullValue' in v || 'booleanValue' in v) return 1;
  if ('integerValue' in v || 'doubleValue' in v || 'timestampValue' in v) return 8;
  if ('stringValue' in v) return stringSize(v.stringValue);
  if ('bytesValue' in v) return Buffer.from(v.bytesValue, 'base64').length;
  if ('referenceValue' in v) return referenceSize(v.referenceValue);
  if ('geoPointValue' in v) return 16;
  if ('arrayValue' in v) return (v.arrayValue.values ?? []).reduce((s, x) => s + valueSize(x), 0);
  if ('mapValue' in v) return fieldsSize(v.mapValue.fields ?? {});
  return 0;
}

export function fieldsSize(fields: Fields): number {
  let sum = 0;
  for (const [k, v] of Object.entries(fields)) sum += stringSize(k) + valueSize(v);
  return sum;
}

export function documentSize(path: string, fields: Fields | undefined): number {
  return nameSize(path) + fieldsSize(fields ?? {}) + 32;
}

/** INVALID_ARGUMENT when a document would exceed Firestore's 1 MiB limit. */
export function assertDocumentSize(path: string, name: string, fields: Fields | undefined): void {
  const size = documentSize(path, fields);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      `Document '${name}' cannot be written because its size (${size.toLocaleString('en-US')} bytes) exceeds the maximum allowed size of ${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} bytes.`,
    );
  }
}
