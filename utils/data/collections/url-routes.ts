import {
  collection,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { UrlRoute, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { dataOf, str, strings } from '../convert.ts';

export type UrlRouteDoc = WithId<UrlRoute>;

export function urlRouteFromData(id: string, data: Record<string, unknown>): UrlRouteDoc {
  return { id, pattern: str(data.pattern), operatorIds: strings(data.operatorIds) };
}

/** Exactly the fields the rules allow: pattern and operatorIds. */
export const urlRouteConverter: FirestoreDataConverter<UrlRouteDoc, DocumentData> = {
  toFirestore(route) {
    const { pattern, operatorIds } = route as UrlRoute;
    return { pattern, operatorIds };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return urlRouteFromData(snapshot.id, dataOf(snapshot, options));
  },
};

export const urlRoutesCollection = (db: Firestore, ws: string) =>
  collection(db, paths.urlRoutes(ws)).withConverter(urlRouteConverter);
