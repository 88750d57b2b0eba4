/**
 * Result ordering and startAt/endAt cursors. A cursor lists values for a prefix of the
 * (normalized) orderBy; `before: true` means the cursor position sits before the document
 * with those values: startAt(before) is inclusive, endAt(before) exclusive.
 */
import type { Cursor, Document, Value } from './api.ts';
import { FirestoreError } from './api.ts';
import { KEY_FIELD } from './field-paths.ts';
import { fieldValue } from './filters.ts';
import type { OrderSpec } from './query-plan.ts';
import { comparePaths, compareValues } from './values.ts';

function keyValue(v: Value): string {
  if ('referenceValue' in v) return v.referenceValue;
  // Some clients send document ids as strings for __name__ cursors.
  if ('stringValue' in v) return v.stringValue;
  throw new FirestoreError('INVALID_ARGUMENT', 'A cursor value for __name__ must be a reference');
}

/** Compares two documents by the query's ordering. Documents lacking a field never get here. */
export function compareDocuments(order: OrderSpec[], a: Document, b: Document): number {
  for (const o of order) {
    const c =
      o.path === KEY_FIELD
        ? comparePaths(a.name, b.name)
        : compareValues(fieldValue(a, o.path)!, fieldValue(b, o.path)!);
    if (c !== 0) return o.descending ? -c : c;
  }
  return 0;
}

/** Whether the document has every ordered field (Firestore drops documents that don't). */
export function hasOrderFields(order: OrderSpec[], doc: Document): boolean {
  return order.every((o) => o.path === KEY_FIELD || fieldValue(doc, o.path) !== undefined);
}

/** Sign of (cursor position - document) along the ordering. */
function compareCursor(order: OrderSpec[], cursor: Cursor, doc: Document): number {
  const values = cursor.values ?? [];
  for (let i = 0; i < values.length; i++) {
    const o = order[i]!;
    const v = values[i]!;
    let c: number;
    if (o.path === KEY_FIELD) {
      const key = keyValue(v);
      c = key.includes('/documents/')
        ? comparePaths(key, doc.name)
        : comparePaths(key, doc.name.slice(doc.name.lastIndexOf('/') + 1));
    } else {
      c = compareValues(v, fieldValue(doc, o.path)!);
    }
    if (c !== 0) return o.descending ? -c : c;
  }
  return 0;
}

/** Whether the document is at or after a startAt cursor. */
export function afterStart(order: OrderSpec[], cursor: Cursor | undefined, doc: Document): boolean {
  if (!cursor) return true;
  const c = compareCursor(order, cursor, doc);
  return cursor.before ? c <= 0 : c < 0;
}

/** Whether the document is at or before an endAt cursor. */
export function beforeEnd(order: OrderSpec[], cursor: Cursor | undefined, doc: Document): boolean {
  if (!cursor) return true;
  const c = compareCursor(order, cursor, doc);
  return cursor.before ? c > 0 : c >= 0;
}
