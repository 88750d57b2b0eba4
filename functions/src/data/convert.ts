import {
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  Timestamp,
  type WithFieldValue,
} from 'firebase-admin/firestore';
import type { WithId } from '../../../utils/domain/model.ts';

/** Timestamps anywhere in a document become Dates: the domain model works with `Date`. */
export function datesFromTimestamps(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(datesFromTimestamps);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, datesFromTimestamps(inner)]),
    );
  }
  return value;
}

/**
 * A typed converter for one collection of the model. Reads turn Timestamps into Dates, add the
 * document id and fill defaults for fields older documents may lack (`defaults`); writes drop the
 * id and accept FieldValue sentinels (serverTimestamp, increment) in any field.
 */
export function modelConverter<D extends object>(
  defaults: (data: DocumentData) => Partial<D> = () => ({}),
): FirestoreDataConverter<WithId<D>, DocumentData> {
  return {
    toFirestore(model: WithFieldValue<WithId<D>>): DocumentData {
      const { id: _id, ...rest } = model as WithFieldValue<WithId<D>> & { id?: unknown };
      return rest;
    },
    fromFirestore(snapshot: QueryDocumentSnapshot): WithId<D> {
      const data = datesFromTimestamps(snapshot.data()) as DocumentData;
      return { ...(defaults(data) as D), ...(data as D), id: snapshot.id };
    },
  };
}
