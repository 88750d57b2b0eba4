/**
 * Query reads for a database: plan + `list` rules check, execution that records what a
 * read-write transaction saw, and the runQuery response shape.
 */
import type { Caller, Document, RunQueryResult, StructuredQuery } from './api.ts';
import type { DocumentStore } from './document-store.ts';
import type { PathResolver } from './paths.ts';
import { executeQuery, projectDocument, type QueryOutcome } from './query-engine.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import type { ReadContext } from './read-context.ts';
import type { RulesGate } from './rules-gate.ts';
import { recordRead } from './transactions.ts';

export interface QueryHost {
  readonly resolver: PathResolver;
  readonly store: DocumentStore;
  readonly gate: RulesGate;
}

/** Plans a query and checks `list` rules (runQuery, aggregations, listeners, listDocuments). */
export function planChecked(
  host: QueryHost,
  parentName: string,
  query: StructuredQuery,
  caller: Caller,
  time: string,
  lookup: (path: string) => Document | null = (p) => host.store.get(p),
): QueryPlan {
  const parent = host.resolver.parentPath(parentName);
  const plan = planQuery(parent, query);
  const collectionPath = [parent, plan.collectionId].filter(Boolean).join('/');
  host.gate.checkList(
    caller,
    collectionPath,
    { parent: host.resolver.name(parent), structuredQuery: query },
    time,
    lookup,
  );
  return plan;
}

/** Runs a plan at the read's snapshot; a read-write transaction remembers results and query. */
export function runTracked(host: QueryHost, plan: QueryPlan, ctx: ReadContext): QueryOutcome {
  const outcome = executeQuery(plan, host.store, ctx.at);
  const tx = ctx.tx;
  if (tx && !tx.readOnly) {
    const versions = (docs: Document[]) =>
      new Map(docs.map((d) => [host.resolver.documentPath(d.name), d.updateTime]));
    const seen = versions(outcome.documents);
    for (const [path, updateTime] of seen) recordRead(tx, path, updateTime);
    tx.queries.push({ rerun: () => versions(executeQuery(plan, host.store).documents), seen });
  }
  return outcome;
}

/** RunQuery responses: one per document, or one readTime-only response when empty. */
export function runQueryResults(
  plan: QueryPlan,
  outcome: QueryOutcome,
  ctx: ReadContext,
  readTime: string,
): RunQueryResult[] {
  const results: RunQueryResult[] = outcome.documents.map((d) => ({
    document: projectDocument(plan, d),
    readTime,
  }));
  if (results.length === 0) results.push({ readTime });
  if (outcome.skipped > 0) results[0]!.skippedResults = outcome.skipped;
  if (ctx.newTransaction) results[0]!.transaction = ctx.newTransaction;
  return results;
}
