import {
  collection,
  type DocumentData,
  doc,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { UrlRoute, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { validateUrlPattern } from '../../domain/validation.ts';
import { dataOf, str, strings } from '../convert.ts';
import { deleteAudited, setAudited } from './audited-writes.ts';
import type { AdminContext } from './context.ts';
import { InputError, valueOrThrow } from './errors.ts';
import { cleanOperatorIds } from './operator-lists.ts';

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

/** The clean rule or an InputError: a valid website address, not already routed, and operators. */
export function cleanUrlRoute(
  input: { pattern: string; operatorIds: readonly string[] },
  existing: readonly UrlRouteDoc[],
  knownOperatorIds: ReadonlySet<string>,
  ownId?: string,
): UrlRoute {
  const pattern = valueOrThrow(validateUrlPattern(input.pattern));
  const key = pattern.toLowerCase();
  if (existing.some((route) => route.id !== ownId && route.pattern.trim().toLowerCase() === key))
    throw new InputError(`"${pattern}" already has a routing rule; edit that one instead.`);
  const operatorIds = cleanOperatorIds(input.operatorIds, knownOperatorIds, 'The routing rule');
  return { pattern, operatorIds };
}

export async function addUrlRoute(context: AdminContext, route: UrlRoute): Promise<string> {
  const ref = doc(urlRoutesCollection(context.db, context.workspaceId));
  await setAudited(context, ref, { id: ref.id, ...route }, 'urlRoute.created', {
    pattern: route.pattern,
  });
  return ref.id;
}

export async function updateUrlRoute(context: AdminContext, id: string, route: UrlRoute) {
  const ref = doc(urlRoutesCollection(context.db, context.workspaceId), id);
  await setAudited(context, ref, { id, ...route }, 'urlRoute.updated', { pattern: route.pattern });
}

export async function deleteUrlRoute(context: AdminContext, route: UrlRouteDoc) {
  const ref = doc(context.db, paths.urlRoute(context.workspaceId, route.id));
  await deleteAudited(context, ref, 'urlRoute.deleted', { pattern: route.pattern });
}
