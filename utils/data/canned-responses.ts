import {
  collection,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { CannedResponse, WithId } from '../domain/model.ts';
import { paths } from '../domain/paths.ts';
import { dataOf, str, toDate } from './convert.ts';

export type CannedResponseDoc = WithId<CannedResponse>;

export function cannedFromData(id: string, data: Record<string, unknown>): CannedResponseDoc {
  return {
    id,
    shortcut: str(data.shortcut),
    text: str(data.text),
    createdBy: str(data.createdBy),
    updatedAt: toDate(data.updatedAt),
  };
}

/** Read-only in the console (the admin panel edits them). */
export const cannedConverter: FirestoreDataConverter<CannedResponseDoc, DocumentData> = {
  toFirestore() {
    throw new Error('Canned responses are edited in the Control Panel.');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return cannedFromData(snapshot.id, dataOf(snapshot, options));
  },
};

export const cannedResponsesRef = (db: Firestore, ws: string) =>
  collection(db, paths.cannedResponses(ws)).withConverter(cannedConverter);
