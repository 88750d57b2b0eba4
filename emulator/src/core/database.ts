/**
 * One database (projects/{p}/databases/{d}): reads, queries, commits, transactions, listings;
 * listeners and write streams live in their own files and hook in here.
 */

import type { CompiledRules } from '../rules/api.ts';
import { aggregate } from './aggregation.ts';
import type {
  Aggregation,
  AggregationResult,
  BatchGetResult,
  Caller,
  Database,
  Document,
  ListDocumentsOptions,
  ListenResponse,
  ListenSession,
  ReadConsistency,
  RunQueryResult,
  StructuredQuery,
  TransactionOptions,
  Write,
  WriteResult,
  WriteSession,
} from './api.ts';
import { FirestoreError } from './api.ts';
import { checkWriteList, type DocumentChange, runCommit } from './commit.ts';
import { DocumentStore } from './document-store.ts';
import { projectFields } from './field-paths.ts';
import { ListenSessionImpl } from './listen-session.ts';
import { listCollectionIds, listDocuments } from './listings.ts';
import { databaseName, PathResolver, validateCollectionId } from './paths.ts';
import type { QueryPlan } from './query-plan.ts';
import { planChecked, runQueryResults, runTracked } from './query-reads.ts';
import { type ReadContext, resolveReadContext } from './read-context.ts';
import { RulesGate } from './rules-gate.ts';
import { freezeDocument } from './stored-document.ts';
import { type Clock, microsToTimestamp, timestampToMicros } from './timestamps.ts';
import { recordRead, TransactionRegistry } from './transactions.ts';
import { WriteSessionImpl } from './write-stream.ts';

/** `readTime` is `commitMicros` as a timestamp string, made once for every listener. */
export type CommitListener = (
  changes: DocumentChange[],
  commitMicros: number,
  readTime: string,
) => void;

export interface DatabaseOptions {
  project: string;
  database: string;
  clock: Clock;
  rules: () => CompiledRules | undefined;
  log?: (line: string) => void;
  /** Called after every commit that changed data (persistence). */
  onChange?: () => void;
}

function describe(caller: Caller): string {
  if (caller.kind === 'owner') return 'owner';
  return caller.auth ? `user:${caller.auth.uid}` : 'user:anonymous';
}

export class DatabaseImpl implements Database {
  readonly name: string;
  readonly resolver: PathResolver;
  readonly store = new DocumentStore();
  readonly clock: Clock;
  readonly gate: RulesGate;
  private readonly transactions = new TransactionRegistry();
  private readonly listeners = new Set<CommitListener>();

  constructor(private readonly options: DatabaseOptions) {
    this.name = databaseName(options.project, options.database);
    this.resolver = new PathResolver(options.project, options.database);
    this.clock = options.clock;
    this.gate = new RulesGate(options.rules, options.database, options.log);
  }

  log(caller: Caller, what: string): void {
    this.options.log?.(`${this.name} ${describe(caller)} ${what}`);
  }

  /** Registers a commit listener; returns the unsubscribe function. */
  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private read(consistency: ReadConsistency | undefined): ReadContext {
    return resolveReadContext(consistency, this.clock, this.transactions);
  }

  /** Rules lookups (get/exists) for a read, pinned to its snapshot. */
  private lookupAt(ctx: ReadContext) {
    const at = ctx.at ?? ctx.readTime;
    return (path: string) => this.store.get(path, at);
  }

  batchGet(
    names: string[],
    caller: Caller,
    consistency?: ReadConsistency,
    mask?: string[],
  ): BatchGetResult[] {
    if (!Array.isArray(names))
      throw new FirestoreError('INVALID_ARGUMENT', 'documents must be a list');
    this.log(caller, `batchGet ${names.length} document(s)`);
    const ctx = this.read(consistency);
    const readTime = microsToTimestamp(ctx.readTime);
    const results = names.map((requested): BatchGetResult => {
      const path = this.resolver.documentPath(requested);
      const doc = this.store.get(path, ctx.at);
      this.gate.checkGet(caller, path, doc, readTime, this.lookupAt(ctx));
      recordRead(ctx.tx, path, doc?.updateTime ?? null);
      if (!doc) return { missing: this.resolver.name(path), readTime };
      return { found: mask ? { ...doc, fields: projectFields(doc.fields, mask) } : doc, readTime };
    });
    if (ctx.newTransaction) {
      if (results[0]) results[0].transaction = ctx.newTransaction;
    }
    return results;
  }

  getDocument(
    name: string,
    caller: Caller,
    consistency?: ReadConsistency,
    mask?: string[],
  ): Document {
    const [result] = this.batchGet([name], caller, consistency, mask);
    if (!result || !('found' in result)) {
      throw new FirestoreError(
        'NOT_FOUND',
        `Document "${this.resolver.name(this.resolver.documentPath(name))}" not found.`,
      );
    }
    return result.found;
  }

  /** Plans a query and checks `list` rules; shared with listeners. */
  planChecked(
    parentName: string,
    query: StructuredQuery,
    caller: Caller,
    time: string,
    lookup?: (path: string) => Document | null,
  ): QueryPlan {
    return planChecked(this, parentName, query, caller, time, lookup);
  }

  runQuery(
    parent: string,
    query: StructuredQuery,
    caller: Caller,
    consistency?: ReadConsistency,
  ): RunQueryResult[] {
    this.log(caller, `runQuery ${parent} ${JSON.stringify(query)}`);
    const ctx = this.read(consistency);
    const readTime = microsToTimestamp(ctx.readTime);
    const plan = this.planChecked(parent, query, caller, readTime, this.lookupAt(ctx));
    return runQueryResults(plan, runTracked(this, plan, ctx), ctx, readTime);
  }

  runAggregationQuery(
    parent: string,
    query: StructuredQuery,
    aggregations: Aggregation[],
    caller: Caller,
    consistency?: ReadConsistency,
  ): AggregationResult[] {
    this.log(caller, `runAggregationQuery ${parent} ${JSON.stringify({ query, aggregations })}`);
    const ctx = this.read(consistency);
    const readTime = microsToTimestamp(ctx.readTime);
    const plan = this.planChecked(parent, query, caller, readTime, this.lookupAt(ctx));
    const aggregateFields = aggregate(runTracked(this, plan, ctx).documents, aggregations ?? []);
    const response: AggregationResult = { result: { aggregateFields }, readTime };
    if (ctx.newTransaction) response.transaction = ctx.newTransaction;
    return [response];
  }

  /** Commits writes and tells listeners; the transaction (if any) ends whatever the outcome. */
  commitInternal(writes: Write[], caller: Caller, transaction?: string) {
    const tx = transaction !== undefined ? this.transactions.end(transaction) : undefined;
    const outcome = runCommit(this, writes, caller, tx);
    if (outcome.changes.length > 0) this.notify(outcome.changes, outcome.commitMicros);
    return outcome;
  }

  commit(
    writes: Write[],
    caller: Caller,
    transaction?: string,
  ): { writeResults: WriteResult[]; commitTime: string } {
    this.log(
      caller,
      `commit ${writes?.length ?? 0} write(s)${transaction ? ' in transaction' : ''}`,
    );
    const { writeResults, commitTime } = this.commitInternal(writes, caller, transaction);
    return { writeResults, commitTime };
  }

  batchWrite(writes: Write[], caller: Caller) {
    this.log(caller, `batchWrite ${writes?.length ?? 0} write(s)`);
    checkWriteList(writes);
    const writeResults: WriteResult[] = [];
    const status: { code: number; message?: string }[] = [];
    for (const write of writes) {
      try {
        writeResults.push(this.commitInternal([write], caller).writeResults[0]!);
        status.push({ code: 0 });
      } catch (error) {
        if (!(error instanceof FirestoreError)) throw error;
        writeResults.push({});
        status.push({ code: error.code, message: error.message });
      }
    }
    return { writeResults, status };
  }

  beginTransaction(caller: Caller, options?: TransactionOptions): { transaction: string } {
    this.log(caller, `beginTransaction ${JSON.stringify(options ?? {})}`);
    return { transaction: this.transactions.begin(options, () => this.clock.readTime()).id };
  }

  rollback(transaction: string, caller: Caller): void {
    this.log(caller, 'rollback');
    this.transactions.end(transaction);
  }

  listDocuments(
    parent: string,
    collectionId: string,
    caller: Caller,
    options: ListDocumentsOptions & ReadConsistency,
  ): { documents: Document[]; nextPageToken?: string } {
    this.log(caller, `listDocuments ${parent} ${collectionId}`);
    const ctx = this.read(options);
    const parentPath = this.resolver.parentPath(parent);
    if (collectionId) validateCollectionId(collectionId);
    if (this.gate.enforced(caller)) {
      // Rules see it as a plain query on the collection.
      if (!collectionId)
        throw new FirestoreError('PERMISSION_DENIED', 'Missing or insufficient permissions.');
      const query: StructuredQuery = { from: [{ collectionId }] };
      this.planChecked(parent, query, caller, microsToTimestamp(ctx.readTime), this.lookupAt(ctx));
    }
    return listDocuments(
      this.store,
      parentPath,
      collectionId,
      options,
      (p) => this.resolver.name(p),
      ctx.at,
    );
  }

  /**
   * Admin only, rules or not: Security Rules cannot grant it, production refuses end-user
   * credentials and Google's emulator answers non-owner callers with this very message. No client
   * SDK calls it; firebase-admin always sends the owner token.
   */
  listCollectionIds(
    parent: string,
    caller: Caller,
    options: { pageSize?: number; pageToken?: string },
  ) {
    this.log(caller, `listCollectionIds ${parent}`);
    if (caller.kind !== 'owner') {
      throw new FirestoreError(
        'PERMISSION_DENIED',
        'Metadata operations require admin authentication.',
      );
    }
    return listCollectionIds(this.store, this.resolver.parentPath(parent), options ?? {});
  }

  listen(caller: Caller, send: (response: ListenResponse) => void): ListenSession {
    this.log(caller, 'listen stream opened');
    return new ListenSessionImpl(this, caller, send);
  }

  openWriteStream(caller: Caller): WriteSession {
    this.log(caller, 'write stream opened');
    return new WriteSessionImpl(this, caller);
  }

  /** Deletes every document (one commit, so listeners see the deletions). */
  clear(): void {
    const micros = this.clock.commitTime();
    const changes: DocumentChange[] = [];
    for (const doc of [...this.store.allDocuments()]) {
      const path = this.resolver.documentPath(doc.name);
      this.store.put(path, null, micros);
      changes.push({ path, before: doc, after: null });
    }
    this.transactions.clear();
    this.notify(changes, micros);
  }

  /** Tells listeners and persistence about a commit; a failing listener cannot undo it. */
  private notify(changes: DocumentChange[], micros: number): void {
    const readTime = microsToTimestamp(micros);
    for (const listener of this.listeners) {
      try {
        listener(changes, micros, readTime);
      } catch (error) {
        this.options.log?.(`${this.name} listener failed: ${String(error)}`);
      }
    }
    this.options.onChange?.();
  }

  /** Every live document (persistence). */
  exportDocuments(): Document[] {
    return [...this.store.allDocuments()];
  }

  /** Loads persisted documents at their own updateTimes. */
  importDocuments(docs: Document[]): void {
    for (const doc of docs) {
      const path = this.resolver.documentPath(doc.name);
      const micros = timestampToMicros(doc.updateTime);
      this.clock.observe(micros);
      this.store.put(path, freezeDocument(doc), micros);
    }
  }
}
