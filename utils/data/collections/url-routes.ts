import { collection, type Firestore } from 'firebase/firestore';
import type { UrlRoute, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, str, strings } from '../convert.ts';

export type UrlRouteDoc = WithId<UrlRoute>;

export function urlRouteFromData(id: string, data: Record<string, unknown>): UrlRouteDoc {
  return { id, pattern: str(data.pattern), operatorIds: strings(data.operatorIds) };
}

/** Exactly the fields the rules allow: pattern and operatorIds. */
export const urlRouteConverter = converter<UrlRouteDoc>(urlRouteFromData, (route) => {
  const { pattern, operatorIds } = route as UrlRoute;
  return { pattern, operatorIds };
});

export const urlRoutesCollection = (db: Firestore, ws: string) =>
  collection(db, paths.urlRoutes(ws)).withConverter(urlRouteConverter);
