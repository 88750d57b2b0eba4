/**
 * Firestore's HTTP bindings (the google.api.http options of firestore.proto) as a router:
 *   POST /v1/projects/p/databases/d/documents:{commit|batchGet|beginTransaction|rollback|batchWrite}
 *   POST /v1/{parent}:{runQuery|runAggregationQuery|listCollectionIds|partitionQuery}
 *   GET|PATCH|DELETE /v1/{document name}      GET|POST /v1/{parent}/{collectionId}
 * A raw ':' starts the verb; clients percent-encode any ':' inside ids.
 */
import type { JsonObject } from '../proto/json.ts';

export interface RestRoute {
  /** The RPC's proto name, e.g. GetDocument. */
  rpc: string;
  /** Request fields bound by the URL path. */
  fromPath: JsonObject;
  /** Where the body goes: the whole request (`*`), its `document` field, or nowhere. */
  body: 'request' | 'document' | 'none';
}

const DATABASE_VERBS: Record<string, string> = {
  commit: 'Commit',
  batchGet: 'BatchGetDocuments',
  beginTransaction: 'BeginTransaction',
  rollback: 'Rollback',
  batchWrite: 'BatchWrite',
  listen: 'Listen',
  write: 'Write',
};

const PARENT_VERBS: Record<string, string> = {
  runQuery: 'RunQuery',
  runAggregationQuery: 'RunAggregationQuery',
  listCollectionIds: 'ListCollectionIds',
  partitionQuery: 'PartitionQuery',
};

/** null = no such route (404). Throws URIError on malformed percent-encoding. */
export function matchRestRoute(method: string, rawPath: string): RestRoute | null {
  if (!rawPath.startsWith('/v1/')) return null;
  const rest = rawPath.slice('/v1/'.length);
  const verbAt = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  const resource = verbAt === -1 ? rest : rest.slice(0, verbAt);
  const verb = verbAt === -1 ? null : rest.slice(verbAt + 1);

  const segments = resource.split('/').map((segment) => decodeURIComponent(segment));
  if (segments.some((segment) => segment === '')) return null;
  const [projects, , databases, , documents, ...path] = segments;
  if (projects !== 'projects' || databases !== 'databases' || documents !== 'documents')
    return null;
  const database = segments.slice(0, 4).join('/');
  const name = [database, 'documents', ...path].join('/');

  if (verb !== null) {
    if (method !== 'POST') return null;
    const databaseRpc = DATABASE_VERBS[verb];
    if (databaseRpc && path.length === 0)
      return { rpc: databaseRpc, fromPath: { database }, body: 'request' };
    const parentRpc = PARENT_VERBS[verb];
    if (parentRpc && path.length % 2 === 0)
      return { rpc: parentRpc, fromPath: { parent: name }, body: 'request' };
    return null;
  }

  if (path.length === 0) return null;
  if (path.length % 2 === 0) {
    if (method === 'GET') return { rpc: 'GetDocument', fromPath: { name }, body: 'none' };
    if (method === 'PATCH')
      return { rpc: 'UpdateDocument', fromPath: { document: { name } }, body: 'document' };
    if (method === 'DELETE') return { rpc: 'DeleteDocument', fromPath: { name }, body: 'none' };
    return null;
  }
  const parent = name.slice(0, name.lastIndexOf('/'));
  const collectionId = path[path.length - 1]!;
  if (method === 'GET')
    return { rpc: 'ListDocuments', fromPath: { parent, collectionId }, body: 'none' };
  if (method === 'POST')
    return { rpc: 'CreateDocument', fromPath: { parent, collectionId }, body: 'document' };
  return null;
}
