import {
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  Timestamp,
} from 'firebase-admin/firestore';

/**
 * A converter from a pair of plain functions. Reads go through `read`, which must tolerate
 * missing or mistyped fields (documents can be older than the code), writes through `write`.
 */
export function converter<T>(
  read: (data: DocumentData, id: string) => T,
  write: (value: T) => DocumentData = (value) => value as DocumentData,
): FirestoreDataConverter<T> {
  return {
    toFirestore: (value) => write(value as T),
    fromFirestore: (snapshot: QueryDocumentSnapshot) => read(snapshot.data(), snapshot.id),
  };
}

/** Firestore Timestamp (or Date / millis) to epoch milliseconds; null when absent. */
export function millis(value: unknown): number | null {
  if (value instanceof Timestamp) return value.toMillis();
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (value && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
    return (value as { toMillis: () => number }).toMillis();
  }
  return null;
}

export const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;
export const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
