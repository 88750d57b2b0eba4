/**
 * get()/exists()/getAfter()/existsAfter() for one evaluation: validates the path, reads through
 * request.lookup, remembers results (the same document read twice counts once) and enforces the
 * limit on distinct document accesses.
 */
import type { RulesRequest } from './api.ts';
import { fail } from './errors.ts';
import type { DocumentReader } from './evaluator.ts';
import { resourceValue } from './firestore-values.ts';
import type { RPath, RValue } from './values.ts';

/** Firestore's limit for single-document requests and queries (batches get 20: the core's call). */
export const DEFAULT_ACCESS_LIMIT = 10;

const NOTHING_CACHED: ReadonlySet<string> = new Set();

export class TrackingDocumentReader implements DocumentReader {
  private readonly cache = new Map<string, RValue>();
  /** Distinct documents read, relative to documents/. */
  readonly accessed = new Set<string>();
  /** How many of them count against the limit (the ones not cached by an earlier evaluation). */
  private counted = 0;
  private readonly cachedBefore: ReadonlySet<string>;

  constructor(
    private readonly request: RulesRequest,
    private readonly limit: number,
  ) {
    this.cachedBefore = request.cachedDocuments ?? NOTHING_CACHED;
  }

  read(kind: 'get' | 'getAfter', path: RPath): RValue {
    const [databases, database, documents, ...rest] = path.segments;
    if (databases !== 'databases' || documents !== 'documents')
      fail(
        `${kind}() needs a path under /databases/$(database)/documents/, got ${path.toString()}.`,
      );
    if (database !== this.request.database)
      fail(`${kind}() can only read database ${this.request.database}, not ${database}.`);
    if (rest.length === 0 || rest.length % 2 !== 0 || rest.some((s) => s === ''))
      fail(`${kind}() needs a document path, got ${path.toString()}.`);
    const relative = rest.join('/');
    const key = `${kind}:${relative}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (!this.accessed.has(relative)) {
      if (!this.cachedBefore.has(relative)) {
        if (this.counted >= this.limit)
          fail(
            `Exceeded the limit of ${this.limit} document accesses (get/exists) for this request.`,
          );
        this.counted++;
      }
      this.accessed.add(relative);
    }
    const doc =
      kind === 'get' ? this.request.lookup.get(relative) : this.request.lookup.getAfter(relative);
    const value = doc ? resourceValue(doc) : null;
    this.cache.set(key, value);
    return value;
  }
}
