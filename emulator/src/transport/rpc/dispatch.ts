/**
 * The Firestore RPCs on top of the core, in proto3 JSON. gRPC and REST both decode their wire
 * form into a request object, call one of these and encode what comes back, so the two
 * transports cannot drift apart.
 */
import type {
  Aggregation,
  Caller,
  Database,
  Document,
  EmulatorCore,
  ReadConsistency,
  StructuredQuery,
  Write,
} from '../../core/api.ts';
import { FirestoreError } from '../../core/api.ts';
import type { JsonObject } from '../proto/json.ts';
import { autoId, databaseOf } from './resource-names.ts';

export interface RpcContext {
  core: EmulatorCore;
  caller: Caller;
}

type UnaryHandler = (ctx: RpcContext, request: JsonObject) => JsonObject | Promise<JsonObject>;
type StreamHandler = (ctx: RpcContext, request: JsonObject) => JsonObject[] | Promise<JsonObject[]>;

const OWNER: Caller = { kind: 'owner' };

function open(ctx: RpcContext, name: unknown, field: string): Database {
  const { project, database } = databaseOf(name, field);
  return ctx.core.database(project, database);
}

function consistencyOf(request: JsonObject): ReadConsistency | undefined {
  const { transaction, newTransaction, readTime } = request as ReadConsistency;
  if (transaction === undefined && newTransaction === undefined && readTime === undefined) {
    return undefined;
  }
  return { transaction, newTransaction, readTime };
}

function maskOf(request: JsonObject): string[] | undefined {
  return (request.mask as { fieldPaths?: string[] } | undefined)?.fieldPaths;
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === null || value === '') {
    throw new FirestoreError('INVALID_ARGUMENT', `${field} is required`);
  }
  return value;
}

/** Commits one write, then reads the result back (rules were checked on the write itself). */
function writeAndReadBack(db: Database, write: Write, ctx: RpcContext, mask?: string[]): Document {
  const name = write.update!.name;
  db.commit([write], ctx.caller);
  return db.getDocument(name, OWNER, undefined, mask);
}

export const unaryRpcs: Record<string, UnaryHandler> = {
  GetDocument(ctx, request) {
    const name = required(request.name as string, 'name');
    const db = open(ctx, name, 'name');
    return db.getDocument(
      name,
      ctx.caller,
      consistencyOf(request),
      maskOf(request),
    ) as unknown as JsonObject;
  },

  ListDocuments(ctx, request) {
    const parent = required(request.parent as string, 'parent');
    const db = open(ctx, parent, 'parent');
    const result = db.listDocuments(parent, (request.collectionId as string) ?? '', ctx.caller, {
      pageSize: request.pageSize as number | undefined,
      pageToken: request.pageToken as string | undefined,
      orderBy: request.orderBy as string | undefined,
      showMissing: request.showMissing as boolean | undefined,
      mask: maskOf(request),
      ...consistencyOf(request),
    });
    return result as unknown as JsonObject;
  },

  UpdateDocument(ctx, request) {
    const document = required(request.document as Document | undefined, 'document');
    const db = open(ctx, required(document.name, 'document.name'), 'document.name');
    const write: Write = { update: { name: document.name, fields: document.fields ?? {} } };
    if (request.updateMask) write.updateMask = request.updateMask as Write['updateMask'];
    if (request.currentDocument)
      write.currentDocument = request.currentDocument as Write['currentDocument'];
    return writeAndReadBack(db, write, ctx, maskOf(request)) as unknown as JsonObject;
  },

  DeleteDocument(ctx, request) {
    const name = required(request.name as string, 'name');
    const db = open(ctx, name, 'name');
    const write: Write = { delete: name };
    if (request.currentDocument)
      write.currentDocument = request.currentDocument as Write['currentDocument'];
    db.commit([write], ctx.caller);
    return {};
  },

  CreateDocument(ctx, request) {
    const parent = required(request.parent as string, 'parent');
    const collectionId = required(request.collectionId as string, 'collectionId');
    const db = open(ctx, parent, 'parent');
    const documentId = (request.documentId as string | undefined) || autoId();
    const name = `${parent}/${collectionId}/${documentId}`;
    const fields = (request.document as Document | undefined)?.fields ?? {};
    // An existing document fails the precondition with ALREADY_EXISTS, as CreateDocument must.
    return writeAndReadBack(
      db,
      { update: { name, fields }, currentDocument: { exists: false } },
      ctx,
      maskOf(request),
    ) as unknown as JsonObject;
  },

  BeginTransaction(ctx, request) {
    const db = open(ctx, request.database, 'database');
    return db.beginTransaction(ctx.caller, request.options as never) as unknown as JsonObject;
  },

  Commit(ctx, request) {
    const db = open(ctx, request.database, 'database');
    const writes = (request.writes as Write[] | undefined) ?? [];
    return db.commit(
      writes,
      ctx.caller,
      request.transaction as string | undefined,
    ) as unknown as JsonObject;
  },

  Rollback(ctx, request) {
    const db = open(ctx, request.database, 'database');
    db.rollback(required(request.transaction as string, 'transaction'), ctx.caller);
    return {};
  },

  BatchWrite(ctx, request) {
    const db = open(ctx, request.database, 'database');
    const writes = (request.writes as Write[] | undefined) ?? [];
    return db.batchWrite(writes, ctx.caller) as unknown as JsonObject;
  },

  ListCollectionIds(ctx, request) {
    const parent = required(request.parent as string, 'parent');
    const db = open(ctx, parent, 'parent');
    return db.listCollectionIds(parent, ctx.caller, {
      pageSize: request.pageSize as number | undefined,
      pageToken: request.pageToken as string | undefined,
    }) as unknown as JsonObject;
  },

  /** One partition (no cursors) is a valid answer: clients then query the whole range. */
  PartitionQuery(ctx, request) {
    open(ctx, required(request.parent as string, 'parent'), 'parent');
    return { partitions: [] };
  },
};

export const serverStreamingRpcs: Record<string, StreamHandler> = {
  BatchGetDocuments(ctx, request) {
    const db = open(ctx, request.database, 'database');
    const names = (request.documents as string[] | undefined) ?? [];
    return db.batchGet(
      names,
      ctx.caller,
      consistencyOf(request),
      maskOf(request),
    ) as unknown as JsonObject[];
  },

  RunQuery(ctx, request) {
    const parent = required(request.parent as string, 'parent');
    const db = open(ctx, parent, 'parent');
    const query = required(
      request.structuredQuery as StructuredQuery | undefined,
      'structuredQuery',
    );
    return db.runQuery(
      parent,
      query,
      ctx.caller,
      consistencyOf(request),
    ) as unknown as JsonObject[];
  },

  RunAggregationQuery(ctx, request) {
    const parent = required(request.parent as string, 'parent');
    const db = open(ctx, parent, 'parent');
    const aggregationQuery = required(
      request.structuredAggregationQuery as
        | { structuredQuery?: StructuredQuery; aggregations?: Aggregation[] }
        | undefined,
      'structuredAggregationQuery',
    );
    return db.runAggregationQuery(
      parent,
      required(aggregationQuery.structuredQuery, 'structuredAggregationQuery.structuredQuery'),
      aggregationQuery.aggregations ?? [],
      ctx.caller,
      consistencyOf(request),
    ) as unknown as JsonObject[];
  },
};
