import { doc, writeBatch } from 'firebase/firestore';
import type { UrlRoute } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { validateUrlPattern } from '../../domain/validation.ts';
import { t } from '../../i18n.ts';
import { appendAudit } from '../collections/audit-log.ts';
import { type UrlRouteDoc, urlRoutesCollection } from '../collections/url-routes.ts';
import { InputError, valueOrThrow } from '../errors.ts';
import type { AdminContext } from './context.ts';
import { cleanOperatorIds } from './operator-lists.ts';

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
    throw new InputError(t('routeAlreadyExists', pattern));
  const operatorIds = cleanOperatorIds(input.operatorIds, knownOperatorIds, 'routeOperators');
  return { pattern, operatorIds };
}

export async function addUrlRoute(context: AdminContext, route: UrlRoute): Promise<string> {
  const ref = doc(urlRoutesCollection(context.db, context.workspaceId));
  const batch = writeBatch(context.db);
  batch.set(ref, { id: ref.id, ...route });
  appendAudit(batch, context, 'urlRoute.created', ref.id, { pattern: route.pattern });
  await batch.commit();
  return ref.id;
}

export async function updateUrlRoute(context: AdminContext, id: string, route: UrlRoute) {
  const batch = writeBatch(context.db);
  batch.set(doc(urlRoutesCollection(context.db, context.workspaceId), id), { id, ...route });
  appendAudit(batch, context, 'urlRoute.updated', id, { pattern: route.pattern });
  await batch.commit();
}

export async function deleteUrlRoute(context: AdminContext, route: UrlRouteDoc) {
  const batch = writeBatch(context.db);
  batch.delete(doc(context.db, paths.urlRoute(context.workspaceId, route.id)));
  appendAudit(batch, context, 'urlRoute.deleted', route.id, { pattern: route.pattern });
  await batch.commit();
}
