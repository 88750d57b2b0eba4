/**
 * Keeps a limit query's window (its top-N documents, no offset) up to date from a commit's
 * changes without re-running the query, falling back to a full run only when documents outside
 * the window may be needed to refill it.
 */
import type { Document } from './api.ts';
import type { DocumentChange } from './commit.ts';
import { compareDocuments } from './cursor.ts';
import { matchesPlan } from './query-engine.ts';
import { documentInScope, type QueryPlan } from './query-plan.ts';

function insertSorted(plan: QueryPlan, window: Document[], doc: Document): void {
  let lo = 0;
  let hi = window.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDocuments(plan.orderBy, window[mid]!, doc) < 0) lo = mid + 1;
    else hi = mid;
  }
  window.splice(lo, 0, doc);
}

/**
 * The new window, or undefined when it cannot be known from the window and the changes alone.
 * `window` is the previous result in query order; `pathOf` maps a document to its path.
 */
export function updateWindow(
  plan: QueryPlan,
  window: Document[],
  changes: DocumentChange[],
  pathOf: (doc: Document) => string,
): Document[] | undefined {
  const limit = plan.limit;
  if (limit === undefined || plan.offset > 0) return undefined;
  const relevant = changes.filter((c) => documentInScope(plan, c.path));
  if (relevant.length === 0) return window;
  const changed = new Set(relevant.map((c) => c.path));
  const wasFull = window.length >= limit;
  const boundary = wasFull ? window[window.length - 1] : undefined;
  // When the last member itself changed, nothing marks where the known region ends.
  if (boundary && changed.has(pathOf(boundary))) return undefined;

  const next = window.filter((d) => !changed.has(pathOf(d)));
  for (const c of relevant) {
    if (!c.after || !matchesPlan(plan, c.after)) continue;
    // Past the old boundary, other stored documents may rank first: only keep what is known.
    if (boundary && compareDocuments(plan.orderBy, c.after, boundary) > 0) continue;
    insertSorted(plan, next, c.after);
  }
  if (next.length >= limit) return next.slice(0, limit);
  // Fewer than N: fine if the window already held every match, otherwise refill from the store.
  return wasFull ? undefined : next;
}
