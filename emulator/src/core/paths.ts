/**
 * Resource names: projects/{p}/databases/{d}/documents[/collection/doc...]. Inside the core a
 * document or collection is addressed by its relative path ("users/alice", "users/alice/posts"),
 * the part after `documents/`.
 */
import { FirestoreError } from './api.ts';

const RESERVED_ID = /^__.*__$/;
const MAX_ID_BYTES = 1500;

export interface ParsedName {
  project: string;
  database: string;
  /** Segments after `documents` (empty for the root). */
  segments: string[];
}

function invalid(message: string): FirestoreError {
  return new FirestoreError('INVALID_ARGUMENT', message);
}

/** Splits a resource name; `documents` may be the last segment (the root) or followed by a path. */
export function parseResourceName(name: string): ParsedName {
  if (typeof name !== 'string') throw invalid(`Invalid resource name: ${String(name)}`);
  const parts = name.replace(/^\/+/, '').split('/');
  if (
    parts.length < 5 ||
    parts[0] !== 'projects' ||
    parts[2] !== 'databases' ||
    parts[4] !== 'documents'
  ) {
    throw invalid(`Invalid resource name: "${name}"`);
  }
  const project = parts[1]!;
  const database = parts[3]!;
  if (!project || !database) throw invalid(`Invalid resource name: "${name}"`);
  const segments = parts.slice(5);
  validateSegments(segments, name);
  return { project, database, segments };
}

export function validateSegments(segments: string[], name: string): void {
  for (const segment of segments) {
    if (segment === '') throw invalid(`Invalid resource name: "${name}": empty path segment`);
    if (segment === '.' || segment === '..') {
      throw invalid(`Invalid resource name: "${name}": "${segment}" is not a valid id`);
    }
    if (RESERVED_ID.test(segment)) {
      throw invalid(
        `Resource id "${segment}" is invalid because it is reserved (ids may not match __.*__): "${name}"`,
      );
    }
    if (Buffer.byteLength(segment, 'utf8') > MAX_ID_BYTES) {
      throw invalid(`Resource id in "${name}" is longer than ${MAX_ID_BYTES} bytes`);
    }
  }
}

/** `projects/p/databases/d` of a resource name's database. */
export function databaseName(project: string, database: string): string {
  return `projects/${project}/databases/${database}`;
}

/**
 * Turns names into relative paths for one database, rejecting names of another database and
 * names of the wrong kind.
 */
export class PathResolver {
  readonly root: string;
  constructor(
    readonly project: string,
    readonly database: string,
  ) {
    this.root = `${databaseName(project, database)}/documents`;
  }

  private relative(name: string): string[] {
    const parsed = parseResourceName(name);
    if (parsed.project !== this.project || parsed.database !== this.database) {
      throw invalid(
        `"${name}" does not belong to database ${databaseName(this.project, this.database)}`,
      );
    }
    return parsed.segments;
  }

  /** Relative path of a document name; INVALID_ARGUMENT unless it names a document. */
  documentPath(name: string): string {
    const segments = this.relative(name);
    if (segments.length === 0 || segments.length % 2 !== 0) {
      throw invalid(`Document name "${name}" has an odd number of path segments`);
    }
    return segments.join('/');
  }

  /** Relative path of a query/list parent: the root ("") or a document. */
  parentPath(name: string): string {
    const segments = this.relative(name);
    if (segments.length % 2 !== 0) {
      throw invalid(`Parent "${name}" must be the documents root or a document`);
    }
    return segments.join('/');
  }

  /** Full name of a relative document path. */
  name(path: string): string {
    return path ? `${this.root}/${path}` : this.root;
  }
}

/** Collection path of a document path ("a/b/c/d" -> "a/b/c"). */
export function collectionOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Last segment of a path. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Collection id validation for query `from` / listDocuments. */
export function validateCollectionId(id: string): void {
  if (id.includes('/')) throw invalid(`Collection id "${id}" must not contain "/"`);
  validateSegments([id], id);
}
