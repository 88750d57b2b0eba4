import type { Signal } from '@preact/signals';
import { type DocumentReference, onSnapshot, type Query } from 'firebase/firestore';

export type Unsubscribe = () => void;

export interface LiveOptions {
  /** also called when only metadata changes (pending -> acknowledged writes) */
  includeMetadataChanges?: boolean;
  onError?: (error: Error) => void;
  /** called with whether the result came from the local cache (offline) */
  onFromCache?: (fromCache: boolean) => void;
}

/** Keeps a signal equal to a query's documents (converter applied), until unsubscribed. */
export function bindQuery<T>(
  source: Query<T>,
  target: Signal<T[]>,
  options: LiveOptions = {},
  transform: (docs: T[]) => T[] = (docs) => docs,
): Unsubscribe {
  return onSnapshot(
    source,
    { includeMetadataChanges: options.includeMetadataChanges ?? false },
    (snapshot) => {
      target.value = transform(snapshot.docs.map((d) => d.data({ serverTimestamps: 'estimate' })));
      options.onFromCache?.(snapshot.metadata.fromCache);
    },
    (error) => options.onError?.(error),
  );
}

/** Keeps a signal equal to one document (undefined while missing). */
export function bindDoc<T>(
  source: DocumentReference<T>,
  target: Signal<T | undefined>,
  options: LiveOptions = {},
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) => {
      target.value = snapshot.exists()
        ? snapshot.data({ serverTimestamps: 'estimate' })
        : undefined;
    },
    (error) => options.onError?.(error),
  );
}
