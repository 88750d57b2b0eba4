/**
 * Runs a planned query over a document store: scope, filters, order (dropping documents that
 * lack an ordered field), cursors, offset, limit.
 */
import type { Document } from './api.ts';
import { afterStart, beforeEnd, compareDocuments, hasOrderFields } from './cursor.ts';
import type { DocumentStore } from './document-store.ts';
import { projectFields } from './field-paths.ts';
import { matchesFilter } from './filters.ts';
import { collectionInScope, type QueryPlan } from './query-plan.ts';

export interface QueryOutcome {
  /** Matching documents in query order after offset and limit, unprojected. */
  documents: Document[];
  /** How many matches the offset skipped. */
  skipped: number;
}

/** Whether one document satisfies the query's scope-independent conditions (filters, order fields, cursors). */
export function matchesPlan(plan: QueryPlan, doc: Document): boolean {
  if (!hasOrderFields(plan.orderBy, doc)) return false;
  if (plan.where && !matchesFilter(plan.where, doc)) return false;
  return afterStart(plan.orderBy, plan.startAt, doc) && beforeEnd(plan.orderBy, plan.endAt, doc);
}

function* candidates(plan: QueryPlan, store: DocumentStore, at?: number): Generator<Document> {
  if (!plan.allDescendants) {
    const collection = plan.parent ? `${plan.parent}/${plan.collectionId}` : plan.collectionId;
    yield* store.documentsIn(collection, at);
    return;
  }
  for (const collection of [...store.collectionPaths()]) {
    if (collectionInScope(plan, collection)) yield* store.documentsIn(collection, at);
  }
}

export function executeQuery(plan: QueryPlan, store: DocumentStore, at?: number): QueryOutcome {
  const matches: Document[] = [];
  for (const doc of candidates(plan, store, at)) {
    if (matchesPlan(plan, doc)) matches.push(doc);
  }
  matches.sort((a, b) => compareDocuments(plan.orderBy, a, b));
  const skipped = Math.min(plan.offset, matches.length);
  const end = plan.limit === undefined ? matches.length : skipped + plan.limit;
  return { documents: matches.slice(skipped, end), skipped };
}

/** The document as the query returns it: projected when the query has a select. */
export function projectDocument(plan: QueryPlan, doc: Document): Document {
  if (!plan.select) return doc;
  return { ...doc, fields: projectFields(doc.fields, plan.select) };
}
