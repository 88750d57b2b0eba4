/**
 * A StructuredQuery checked and normalized for execution: scope (which collections), the full
 * ordering including Firestore's implicit parts, cursors, offset and limit.
 */
import type { Cursor, Filter, StructuredQuery } from './api.ts';
import { FirestoreError } from './api.ts';
import { canonicalFieldPath, isKeyField, KEY_FIELD, parseFieldPath } from './field-paths.ts';
import { validateFilter } from './filter-validation.ts';
import { inequalityFields } from './filters.ts';
import { collectionOf, lastSegment, validateCollectionId } from './paths.ts';
import { compareUtf8 } from './values.ts';

export interface OrderSpec {
  /** Canonical field path; KEY_FIELD for the document name. */
  path: string;
  descending: boolean;
}

export interface QueryPlan {
  /** Relative path of the parent ("" = root). */
  parent: string;
  /** Empty with allDescendants = every collection under the parent. */
  collectionId: string;
  allDescendants: boolean;
  where?: Filter;
  orderBy: OrderSpec[];
  startAt?: Cursor;
  endAt?: Cursor;
  offset: number;
  limit?: number;
  /** Projection field paths, undefined = whole documents. */
  select?: string[];
}

function invalid(message: string): FirestoreError {
  return new FirestoreError('INVALID_ARGUMENT', message);
}

/** proto3 JSON Int32Value is a number; tolerate `{value: n}` and numeric strings. */
function int32(v: unknown, what: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const raw = typeof v === 'object' ? (v as { value?: unknown }).value : v;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw invalid(`${what} must be a non-negative integer`);
  return n;
}

function direction(d: unknown): boolean {
  return d === 'DESCENDING' || d === 2;
}

function compareFieldPaths(a: string, b: string): number {
  const x = parseFieldPath(a);
  const y = parseFieldPath(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareUtf8(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

function normalizedOrder(query: StructuredQuery): OrderSpec[] {
  const explicit: OrderSpec[] = (query.orderBy ?? []).map((o) => {
    if (!o?.field?.fieldPath) throw invalid('orderBy requires a field');
    const path = isKeyField(o.field.fieldPath) ? KEY_FIELD : canonicalFieldPath(o.field.fieldPath);
    return { path, descending: direction(o.direction) };
  });
  const seen = new Set(explicit.map((o) => o.path));
  const lastDescending = explicit.length > 0 ? explicit[explicit.length - 1]!.descending : false;
  const inequalities = [
    ...new Set(
      inequalityFields(query.where).map((p) => (isKeyField(p) ? KEY_FIELD : canonicalFieldPath(p))),
    ),
  ].sort(compareFieldPaths);
  const order = [...explicit];
  for (const path of inequalities) {
    if (!seen.has(path) && path !== KEY_FIELD) {
      order.push({ path, descending: lastDescending });
      seen.add(path);
    }
  }
  if (!seen.has(KEY_FIELD)) order.push({ path: KEY_FIELD, descending: lastDescending });
  return order;
}

function checkCursor(cursor: Cursor | undefined, order: OrderSpec[], which: string): void {
  if (!cursor) return;
  if ((cursor.values ?? []).length > order.length) {
    throw invalid(
      `Too many cursor values specified in ${which}; the query has ${order.length} orderings`,
    );
  }
}

/** Validates and normalizes a query under `parent` (relative path). */
export function planQuery(parent: string, query: StructuredQuery): QueryPlan {
  if (!query || typeof query !== 'object') throw invalid('A structured query is required');
  if (query.findNearest) {
    throw new FirestoreError(
      'UNIMPLEMENTED',
      'findNearest (vector search) is not supported by this emulator',
    );
  }
  const from = query.from ?? [];
  if (from.length !== 1) throw invalid('A query must have exactly one "from" collection');
  const { collectionId = '', allDescendants = false } = from[0]!;
  if (collectionId) validateCollectionId(collectionId);
  else if (!allDescendants) throw invalid('A query must name its collection');
  validateFilter(query.where);
  const orderBy = normalizedOrder(query);
  checkCursor(query.startAt, orderBy, 'startAt');
  checkCursor(query.endAt, orderBy, 'endAt');
  const select = query.select ? (query.select.fields ?? []).map((f) => f.fieldPath) : undefined;
  return {
    parent,
    collectionId,
    allDescendants: !!allDescendants,
    where: query.where,
    orderBy,
    startAt: query.startAt,
    endAt: query.endAt,
    offset: int32(query.offset, 'offset') ?? 0,
    limit: int32(query.limit, 'limit'),
    select,
  };
}

/** Whether documents of `collectionPath` are in the query's scope. */
export function collectionInScope(plan: QueryPlan, collectionPath: string): boolean {
  if (!plan.allDescendants) return isCollection(collectionPath, plan.parent, plan.collectionId);
  if (plan.parent && !collectionPath.startsWith(`${plan.parent}/`)) return false;
  return !plan.collectionId || lastSegment(collectionPath) === plan.collectionId;
}

/**
 * collectionPath === `${parent}/${collectionId}` (or collectionId at the root), without building
 * the string: every listener of a collection asks this for every commit.
 */
function isCollection(collectionPath: string, parent: string, collectionId: string): boolean {
  if (!parent) return collectionPath === collectionId;
  return (
    collectionPath.length === parent.length + 1 + collectionId.length &&
    collectionPath.charCodeAt(parent.length) === 47 && // '/'
    collectionPath.startsWith(parent) &&
    collectionPath.endsWith(collectionId)
  );
}

export function documentInScope(plan: QueryPlan, documentPath: string): boolean {
  return collectionInScope(plan, collectionOf(documentPath));
}
