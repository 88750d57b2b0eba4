/**
 * Asks the Security Rules engine about `user` callers' requests. Owners bypass rules, and a
 * project that never had rules loaded allows everything (as the official emulator does).
 */

import type { CompiledRules, RulesDecision, RulesRequest, RulesResource } from '../rules/api.ts';
import type { Caller, Document, StructuredQuery } from './api.ts';
import { FirestoreError } from './api.ts';
import type { AppliedWrite } from './apply-write.ts';
import type { DocumentChange } from './commit.ts';

export type Lookup = (path: string) => Document | null;

/** Firestore's get()/exists() limits: distinct documents per operation, and per batch in all. */
export const OPERATION_ACCESS_LIMIT = 10;
export const BATCH_ACCESS_LIMIT = 20;

function resource(doc: Document | null): RulesResource | null {
  return doc ? { name: doc.name, fields: doc.fields ?? {} } : null;
}

export function denied(reason?: string): FirestoreError {
  return new FirestoreError(
    'PERMISSION_DENIED',
    `Missing or insufficient permissions.${reason ? ` ${reason}` : ''}`,
  );
}

export class RulesGate {
  constructor(
    private readonly rules: () => CompiledRules | undefined,
    private readonly databaseId: string,
    private readonly log?: (line: string) => void,
  ) {}

  /** The rules to apply to this caller, or undefined when the request is not checked. */
  private active(caller: Caller): CompiledRules | undefined {
    return caller.kind === 'user' ? this.rules() : undefined;
  }

  /** Whether requests from this caller are checked at all (for callers that must plan ahead). */
  enforced(caller: Caller): boolean {
    return this.active(caller) !== undefined;
  }

  private evaluate(rules: CompiledRules, request: RulesRequest): RulesDecision {
    let decision: RulesDecision;
    try {
      decision = rules.evaluate(request);
    } catch (error) {
      decision = { allowed: false, reason: `Rules evaluation failed: ${String(error)}` };
    }
    if (!decision.allowed) {
      this.log?.(
        `rules denied ${request.method} /${request.path}${decision.reason ? `: ${decision.reason}` : ''}`,
      );
      throw denied(decision.reason);
    }
    return decision;
  }

  private base(caller: Caller, time: string, get: Lookup, getAfter: Lookup) {
    return {
      database: this.databaseId,
      auth: caller.kind === 'user' ? caller.auth : null,
      time,
      lookup: {
        get: (path: string) => resource(get(path.replace(/^\/+/, ''))),
        getAfter: (path: string) => resource(getAfter(path.replace(/^\/+/, ''))),
      },
    };
  }

  /** A single-document read (`get`). */
  checkGet(caller: Caller, path: string, doc: Document | null, time: string, get: Lookup): void {
    const rules = this.active(caller);
    if (!rules) return;
    this.evaluate(rules, {
      ...this.base(caller, time, get, get),
      path,
      method: 'get',
      resource: resource(doc),
    });
  }

  /**
   * A query (`list`). `collectionPath` is the queried collection's path relative to documents/
   * (for a collection group: the parent path plus the collection id); the engine matches it as
   * `<collectionPath>/{doc}` and judges the query itself, not the data.
   */
  checkList(
    caller: Caller,
    collectionPath: string,
    query: { parent: string; structuredQuery: StructuredQuery },
    time: string,
    get: Lookup,
  ): void {
    const rules = this.active(caller);
    if (!rules) return;
    this.evaluate(rules, {
      ...this.base(caller, time, get, get),
      path: collectionPath,
      method: 'list',
      query,
    });
  }

  /**
   * A commit's writes. Rules run once per document written, on the batch's net effect on it
   * (resource: before the batch; request.resource: after all of the batch's writes to it), the
   * way Firestore applies a document's writes together: a `set` followed by a separate `transform`
   * write of the same document passes rules that check the transformed fields. create, update or
   * delete follows from whether the document exists before and after. get()/exists() & co. share
   * one budget across the batch (10 distinct documents per document written, 20 in all); a
   * document an earlier evaluation read is cached and costs nothing again.
   */
  checkWrites(
    caller: Caller,
    writes: AppliedWrite[],
    time: string,
    get: Lookup,
    getAfter: Lookup,
  ): void {
    const rules = this.active(caller);
    if (!rules) return;
    const accessed = new Set<string>();
    for (const { path, before, after } of netEffects(writes)) {
      const decision = this.evaluate(rules, {
        ...this.base(caller, time, get, getAfter),
        path,
        method: after === null ? 'delete' : before === null ? 'create' : 'update',
        resource: resource(before),
        requestResource: after ? resource(after)! : undefined,
        accessLimit: Math.min(OPERATION_ACCESS_LIMIT, BATCH_ACCESS_LIMIT - accessed.size),
        cachedDocuments: new Set(accessed),
      });
      for (const read of decision.accessedDocuments ?? []) accessed.add(read);
    }
  }
}

/** Each written document's state before the batch and after all its writes, in first-write order. */
function netEffects(writes: AppliedWrite[]): Iterable<DocumentChange> {
  const byPath = new Map<string, DocumentChange>();
  for (const { kind, path, before, after } of writes) {
    if (kind === 'verify') continue;
    const seen = byPath.get(path);
    if (seen) seen.after = after;
    else byPath.set(path, { path, before, after });
  }
  return byPath.values();
}
