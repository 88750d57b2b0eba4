/**
 * What the core asks the Security Rules engine. Values cross this boundary in Firestore's proto3
 * JSON form (see ../core/api.ts); the engine converts them to rules values itself.
 */
import type { AllowCoverage, Fields, RulesIssue, StructuredQuery } from '../core/api.ts';

export type RulesMethod = 'get' | 'list' | 'create' | 'update' | 'delete';

/** A document as rules see it: `resource` / `request.resource` / get() results. */
export interface RulesResource {
  /** Full resource name projects/p/databases/d/documents/... */
  name: string;
  fields: Fields;
}

export interface RulesRequest {
  /** Database id, e.g. "(default)": rules match /databases/{database}/documents/... */
  database: string;
  /** Document path under documents/, e.g. "workspaces/demo/chats/c1". For list: the collection
   * path plus a trailing wildcard segment is matched as `<collection>/{doc}`. */
  path: string;
  method: RulesMethod;
  auth: { uid: string; token: Record<string, unknown> } | null;
  /** request.time as RFC 3339; equals the commit time for writes (serverTimestamp values too). */
  time: string;
  /** Existing document (get/update/delete), null when absent. Undefined for list. */
  resource?: RulesResource | null;
  /** The document after the write (create/update). */
  requestResource?: RulesResource;
  /** For list: the query whose every possible result must pass ("rules are not filters"). */
  query?: { parent: string; structuredQuery: StructuredQuery };
  /** get()/exists(): the state before the request; getAfter()/existsAfter(): after the batch.
   * Path is relative to documents/, without leading slash. Null = no such document. */
  lookup: {
    get(path: string): RulesResource | null;
    getAfter(path: string): RulesResource | null;
  };
  /** Max distinct documents get()/exists()/getAfter()/existsAfter() may read (default 10). For a
   * batch, pass what is left of its budget of 20 (see RulesDecision.accessedDocuments). */
  accessLimit?: number;
  /** Documents earlier evaluations of the same batch already read (relative to documents/).
   * Firestore caches them, so reading them again is free: only other documents count against
   * accessLimit. */
  cachedDocuments?: ReadonlySet<string>;
  /** Receives debug(x) output; ignored when absent. */
  debug?: (text: string) => void;
}

export interface RulesDecision {
  allowed: boolean;
  /** Why it was denied (for the PERMISSION_DENIED message and debug logs). */
  reason?: string;
  /** Documents read by get()/exists() & co. during this evaluation, relative to documents/. */
  accessedDocuments?: string[];
}

export interface CompiledRules {
  evaluate(request: RulesRequest): RulesDecision;
  /** Every allow statement, in source order, with what its evaluations gave so far. */
  coverage?(): AllowCoverage[];
}

export type CompileResult =
  | { ok: true; rules: CompiledRules; issues: RulesIssue[] }
  | { ok: false; issues: RulesIssue[] };
