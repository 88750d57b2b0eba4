/**
 * The contract between the emulator's parts: the core (documents, queries, writes, listeners,
 * persistence), the Security Rules engine and the transports (gRPC, REST, WebChannel).
 *
 * Every message shape is Firestore's proto3 JSON form (what the REST API sends): camelCase keys,
 * int64 as decimal strings, bytes as base64, timestamps as RFC 3339 strings with up to nanosecond
 * precision, enums as their string names. Transports convert their wire forms to and from it
 * (gRPC objects, preferRest numeric enums), so the core never sees a wire detail.
 */

export type Value =
  | { nullValue: null | 'NULL_VALUE' }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number | 'NaN' | 'Infinity' | '-Infinity' }
  | { timestampValue: string }
  | { stringValue: string }
  | { bytesValue: string }
  | { referenceValue: string }
  | { geoPointValue: { latitude?: number; longitude?: number } }
  | { arrayValue: { values?: Value[] } }
  | { mapValue: { fields?: Record<string, Value> } };

export type Fields = Record<string, Value>;

/** A stored document. `name` is the full resource name projects/p/databases/d/documents/... */
export interface Document {
  name: string;
  fields?: Fields;
  createTime: string;
  updateTime: string;
}

export interface Precondition {
  exists?: boolean;
  updateTime?: string;
}

export interface FieldTransform {
  fieldPath: string;
  setToServerValue?: 'REQUEST_TIME';
  increment?: Value;
  maximum?: Value;
  minimum?: Value;
  appendMissingElements?: { values?: Value[] };
  removeAllFromArray?: { values?: Value[] };
}

export interface Write {
  update?: { name: string; fields?: Fields };
  delete?: string;
  verify?: string;
  transform?: { document: string; fieldTransforms: FieldTransform[] };
  updateMask?: { fieldPaths: string[] };
  updateTransforms?: FieldTransform[];
  currentDocument?: Precondition;
}

export interface WriteResult {
  updateTime?: string;
  transformResults?: Value[];
}

/** google.rpc.Status-like error payload the transports render in their own form. */
export type StatusCode =
  | 'OK'
  | 'CANCELLED'
  | 'UNKNOWN'
  | 'INVALID_ARGUMENT'
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'OUT_OF_RANGE'
  | 'UNIMPLEMENTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'DATA_LOSS'
  | 'UNAUTHENTICATED';

/** gRPC numeric codes, index = code. */
export const STATUS_CODES: readonly StatusCode[] = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

/** Thrown by the core; each transport renders it (gRPC status, REST {error}, Listen cause). */
export class FirestoreError extends Error {
  constructor(
    readonly status: Exclude<StatusCode, 'OK'>,
    message: string,
  ) {
    super(message);
    this.name = 'FirestoreError';
  }
  get code(): number {
    return STATUS_CODES.indexOf(this.status);
  }
}

/**
 * Who is calling. `owner` is the admin token (firebase-admin, withSecurityRulesDisabled): rules
 * are bypassed. Otherwise `auth` is the decoded, unverified JWT payload or null when signed out.
 */
export type Caller =
  | { kind: 'owner' }
  | { kind: 'user'; auth: { uid: string; token: Record<string, unknown> } | null };

export interface StructuredQuery {
  select?: { fields?: { fieldPath: string }[] };
  from?: { collectionId?: string; allDescendants?: boolean }[];
  where?: Filter;
  orderBy?: { field: { fieldPath: string }; direction?: 'ASCENDING' | 'DESCENDING' }[];
  startAt?: Cursor;
  endAt?: Cursor;
  offset?: number;
  /** proto3 JSON of google.protobuf.Int32Value is a plain number. */
  limit?: number;
  findNearest?: unknown;
}

export interface Cursor {
  values?: Value[];
  before?: boolean;
}

export type Filter =
  | { compositeFilter: { op: 'AND' | 'OR'; filters: Filter[] } }
  | {
      fieldFilter: {
        field: { fieldPath: string };
        op:
          | 'LESS_THAN'
          | 'LESS_THAN_OR_EQUAL'
          | 'GREATER_THAN'
          | 'GREATER_THAN_OR_EQUAL'
          | 'EQUAL'
          | 'NOT_EQUAL'
          | 'ARRAY_CONTAINS'
          | 'IN'
          | 'ARRAY_CONTAINS_ANY'
          | 'NOT_IN';
        value: Value;
      };
    }
  | {
      unaryFilter: {
        op: 'IS_NAN' | 'IS_NULL' | 'IS_NOT_NAN' | 'IS_NOT_NULL';
        field: { fieldPath: string };
      };
    };

export interface Aggregation {
  alias?: string;
  count?: { upTo?: string | number };
  sum?: { field: { fieldPath: string } };
  avg?: { field: { fieldPath: string } };
}

/** Transaction options as BeginTransaction / newTransaction carry them. */
export interface TransactionOptions {
  readOnly?: { readTime?: string };
  readWrite?: { retryTransaction?: string };
}

/** Consistency selector shared by reads: at most one of these. Transaction ids are base64. */
export interface ReadConsistency {
  transaction?: string;
  newTransaction?: TransactionOptions;
  readTime?: string;
}

export type BatchGetResult =
  | { found: Document; readTime: string; transaction?: string }
  | { missing: string; readTime: string; transaction?: string };

export interface AggregationResult {
  result: { aggregateFields: Record<string, Value> };
  readTime: string;
  transaction?: string;
}

export interface ListDocumentsOptions {
  pageSize?: number;
  pageToken?: string;
  /** Only `__name__` (optionally `desc`) is supported. */
  orderBy?: string;
  /** Also list documents that do not exist but have subcollections (name only). */
  showMissing?: boolean;
  /** Field mask applied to the documents returned. */
  mask?: string[];
}

export interface RunQueryResult {
  document?: Document;
  readTime: string;
  transaction?: string;
  skippedResults?: number;
  done?: boolean;
}

export interface ListenTarget {
  targetId: number;
  query?: { parent: string; structuredQuery: StructuredQuery };
  documents?: { documents: string[] };
  resumeToken?: string;
  readTime?: string;
  once?: boolean;
  expectedCount?: number;
}

/** ListenResponse in proto3 JSON form; exactly one key is set. */
export type ListenResponse =
  | {
      targetChange: {
        targetChangeType?: 'NO_CHANGE' | 'ADD' | 'REMOVE' | 'CURRENT' | 'RESET';
        targetIds?: number[];
        cause?: { code: number; message: string };
        resumeToken?: string;
        readTime?: string;
      };
    }
  | { documentChange: { document: Document; targetIds?: number[]; removedTargetIds?: number[] } }
  | { documentDelete: { document: string; removedTargetIds?: number[]; readTime: string } }
  | { documentRemove: { document: string; removedTargetIds?: number[]; readTime: string } }
  | { filter: { targetId: number; count: number } };

/** One client's Listen stream; the transport feeds requests in and forwards responses out. */
export interface ListenSession {
  addTarget(target: ListenTarget): void;
  removeTarget(targetId: number): void;
  close(): void;
}

/** One client's Write stream (web SDK): handshake, then one response per request, in order. */
export interface WriteSession {
  /** First request `{database}`: returns the stream token. */
  handshake(): { streamToken: string };
  /** Later requests; resolves with the response or rejects with FirestoreError (ends the stream). */
  write(writes: Write[]): {
    streamToken: string;
    commitTime: string;
    writeResults: WriteResult[];
  };
}

/** A database: projects/{p}/databases/{d}. Every method checks rules for `user` callers. */
export interface Database {
  readonly name: string;
  batchGet(
    names: string[],
    caller: Caller,
    consistency?: ReadConsistency,
    mask?: string[],
  ): BatchGetResult[];
  getDocument(
    name: string,
    caller: Caller,
    consistency?: ReadConsistency,
    mask?: string[],
  ): Document;
  runQuery(
    parent: string,
    query: StructuredQuery,
    caller: Caller,
    consistency?: ReadConsistency,
  ): RunQueryResult[];
  runAggregationQuery(
    parent: string,
    query: StructuredQuery,
    aggregations: Aggregation[],
    caller: Caller,
    consistency?: ReadConsistency,
  ): AggregationResult[];
  commit(
    writes: Write[],
    caller: Caller,
    transaction?: string,
  ): { writeResults: WriteResult[]; commitTime: string };
  batchWrite(
    writes: Write[],
    caller: Caller,
  ): { writeResults: WriteResult[]; status: { code: number; message?: string }[] };
  beginTransaction(caller: Caller, options?: TransactionOptions): { transaction: string };
  rollback(transaction: string, caller: Caller): void;
  listDocuments(
    parent: string,
    collectionId: string,
    caller: Caller,
    options: ListDocumentsOptions & ReadConsistency,
  ): { documents: Document[]; nextPageToken?: string };
  listCollectionIds(
    parent: string,
    caller: Caller,
    options: { pageSize?: number; pageToken?: string },
  ): { collectionIds: string[]; nextPageToken?: string };
  listen(caller: Caller, send: (response: ListenResponse) => void): ListenSession;
  openWriteStream(caller: Caller): WriteSession;
}

export interface RulesIssue {
  sourcePosition: { line: number; column: number; fileName?: string };
  description: string;
  severity: 'ERROR' | 'WARNING';
}

/** How often one `allow` statement was evaluated since its rules were loaded, and with what
 * outcome (the rule coverage report). Counts of 0 mean it never ran. */
export interface AllowCoverage {
  sourcePosition: { line: number; column: number };
  /** The statement's head as written, e.g. "allow read, write". */
  allow: string;
  /** The full pattern of the enclosing match, e.g. "/databases/{database}/documents/users/{uid}". */
  match: string;
  granted: number;
  denied: number;
  /** Evaluation errors (and non-bool results), which deny. */
  errors: number;
}

/** The emulator as a whole: what transports and control endpoints call. */
export interface EmulatorCore {
  /** Returns (creating on first use) projects/{p}/databases/{d}. */
  database(project: string, database: string): Database;
  /** Loads rules for a project; invalid rules leave the old ones in place and return issues. */
  setRules(project: string, source: string): { issues: RulesIssue[] };
  /** Every allow statement of the project's current rules with its counts; null without rules. */
  ruleCoverage(project: string): AllowCoverage[] | null;
  /** Deletes every document of the project's database (the control endpoint). */
  clear(project: string, database?: string): void;
  /** Flushes persistence and stops timers. */
  close(): Promise<void>;
}
