import type {
  DocumentData,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  SnapshotOptions,
} from 'firebase/firestore';

/**
 * Helpers the per-collection converters share. Converters read defensively: a field that is
 * missing or of the wrong type falls back to a harmless default instead of crashing a page,
 * because the console must keep working while other clients (or older versions) write documents.
 */

/** Read server timestamps as the local estimate while a write is pending (never null). */
export const ESTIMATE: SnapshotOptions = { serverTimestamps: 'estimate' };

/** Firestore Timestamp, Date, millis or ISO string -> Date; anything else -> `fallback`. */
export function toDate(value: unknown, fallback: Date = new Date(0)): Date {
  if (value instanceof Date) return value;
  if (value && typeof value === 'object' && 'toDate' in value) {
    return (value as { toDate(): Date }).toDate();
  }
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return fallback;
}

export function optionalDate(value: unknown): Date | undefined {
  return value == null ? undefined : toDate(value);
}

export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function optionalStr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Reads a snapshot's data with estimated server timestamps. */
export function dataOf(
  snapshot: QueryDocumentSnapshot<DocumentData>,
  options?: SnapshotOptions,
): Record<string, unknown> {
  return snapshot.data({ ...ESTIMATE, ...options });
}

/**
 * A collection's converter. `fromData` reads a document defensively; `toData` picks exactly the
 * fields a client may write (the rules refuse any other), or, for a collection clients never
 * write, is the sentence that says who does. `markPending` adds whether the document holds a
 * write of this client the server has not acknowledged yet (a message shown as "sending").
 */
export function converter<T>(
  fromData: (id: string, data: Record<string, unknown>) => T,
  toData: ((value: T) => DocumentData) | string,
  { markPending = false } = {},
): FirestoreDataConverter<T, DocumentData> {
  return {
    toFirestore(value) {
      if (typeof toData === 'string') throw new Error(toData);
      return toData(value as T);
    },
    fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
      const value = fromData(snapshot.id, dataOf(snapshot, options));
      return markPending ? { ...value, pending: snapshot.metadata.hasPendingWrites } : value;
    },
  };
}
