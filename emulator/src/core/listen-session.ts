/**
 * One Listen stream. Targets are evaluated synchronously (at addTarget and at every commit, so
 * each snapshot is consistent) and responses are delivered asynchronously, in order.
 *
 * Initial sequence: ADD, [RESET when resuming], documentChange per match, CURRENT (resumeToken),
 * then a global NO_CHANGE with readTime. After a commit: documentChange / documentDelete /
 * documentRemove per affected target, then one global NO_CHANGE.
 */
import type { Caller, Document, ListenResponse, ListenSession, ListenTarget } from './api.ts';
import { FirestoreError } from './api.ts';
import type { DocumentChange } from './commit.ts';
import type { DatabaseImpl } from './database.ts';
import { executeQuery, matchesPlan } from './query-engine.ts';
import { documentInScope, type QueryPlan } from './query-plan.ts';
import { updateWindow } from './query-window.ts';
import { resumeTokenFor, sharedDocumentChange, sharedNoChange } from './shared-responses.ts';
import { microsToTimestamp } from './timestamps.ts';

interface TargetState {
  id: number;
  /** The target as the client sent it (rules are checked again on changes). */
  source: ListenTarget;
  /** Query targets: the plan; documents targets: the watched paths. */
  plan?: QueryPlan;
  paths?: Set<string>;
  /** Whether the result depends on documents outside the changed set (limit/offset windows). */
  windowed: boolean;
  /** Path -> updateTime of the documents the client currently has for this target. */
  docs: Map<string, string>;
  /** Windowed targets: the current result in query order. */
  window?: Document[];
}

export class ListenSessionImpl implements ListenSession {
  private readonly targets = new Map<number, TargetState>();
  private queue: ListenResponse[] = [];
  private scheduled = false;
  private closed = false;
  /** readTime of the last global NO_CHANGE: never goes back. */
  private lastReadTime = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: DatabaseImpl,
    private readonly caller: Caller,
    private readonly send: (response: ListenResponse) => void,
  ) {
    this.unsubscribe = db.subscribe((changes, micros) => this.onCommit(changes, micros));
  }

  private enqueue(responses: ListenResponse[]): void {
    if (this.closed) return;
    for (const response of responses) this.queue.push(response);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue;
      this.queue = [];
      for (const response of batch) {
        if (this.closed) return;
        this.send(response);
      }
    });
  }

  private globalNoChange(micros: number): ListenResponse {
    this.lastReadTime = Math.max(this.lastReadTime, micros);
    return sharedNoChange(this.lastReadTime);
  }

  addTarget(target: ListenTarget): void {
    const id = target.targetId;
    this.db.log(
      this.caller,
      `listen addTarget ${id} ${JSON.stringify(target.query ?? target.documents)}`,
    );
    if (this.targets.has(id)) this.targets.delete(id);
    const micros = this.db.clock.readTime();
    const time = microsToTimestamp(micros);
    let state: TargetState;
    let docs: Document[];
    try {
      ({ state, docs } = this.evaluate(target, time));
    } catch (error) {
      this.enqueue([removedFor(id, error)]);
      return;
    }
    const responses: ListenResponse[] = [
      { targetChange: { targetChangeType: 'ADD', targetIds: [id] } },
    ];
    if (target.resumeToken || target.readTime) {
      responses.push({ targetChange: { targetChangeType: 'RESET', targetIds: [id] } });
    }
    for (const doc of docs) {
      state.docs.set(this.db.resolver.documentPath(doc.name), doc.updateTime);
      responses.push({ documentChange: { document: doc, targetIds: [id], removedTargetIds: [] } });
    }
    responses.push({
      targetChange: {
        targetChangeType: 'CURRENT',
        targetIds: [id],
        resumeToken: resumeTokenFor(micros),
      },
    });
    responses.push(this.globalNoChange(micros));
    if (target.once) {
      responses.push({ targetChange: { targetChangeType: 'REMOVE', targetIds: [id] } });
    } else {
      this.targets.set(id, state);
    }
    this.enqueue(responses);
  }

  /** Checks rules and computes a new target's current documents. */
  private evaluate(target: ListenTarget, time: string): { state: TargetState; docs: Document[] } {
    const id = target.targetId;
    if (target.query) {
      const plan = this.db.planChecked(
        target.query.parent,
        target.query.structuredQuery,
        this.caller,
        time,
      );
      const docs = executeQuery(plan, this.db.store).documents;
      const windowed = plan.limit !== undefined || plan.offset > 0;
      const window = windowed ? docs : undefined;
      return { state: { id, source: target, plan, windowed, window, docs: new Map() }, docs };
    }
    if (target.documents) {
      const paths = (target.documents.documents ?? []).map((n) => this.db.resolver.documentPath(n));
      const docs: Document[] = [];
      for (const path of paths) {
        const doc = this.db.store.get(path);
        this.db.gate.checkGet(this.caller, path, doc, time, (p) => this.db.store.get(p));
        if (doc) docs.push(doc);
      }
      return {
        state: { id, source: target, paths: new Set(paths), windowed: false, docs: new Map() },
        docs,
      };
    }
    throw new FirestoreError('INVALID_ARGUMENT', 'A listen target needs a query or documents');
  }

  removeTarget(targetId: number): void {
    this.db.log(this.caller, `listen removeTarget ${targetId}`);
    this.targets.delete(targetId);
    this.enqueue([{ targetChange: { targetChangeType: 'REMOVE', targetIds: [targetId] } }]);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.targets.clear();
    this.queue = [];
  }

  /** New membership of one target: path -> document for what now matches, among `changes`. */
  private currentMatches(
    target: TargetState,
    changes: DocumentChange[],
  ): Map<string, Document> | undefined {
    const { plan, paths } = target;
    if (paths) {
      const relevant = changes.filter((c) => paths.has(c.path));
      if (relevant.length === 0) return undefined;
      const now = new Map<string, Document>();
      for (const c of relevant) if (c.after) now.set(c.path, c.after);
      return now;
    }
    if (!plan) return undefined;
    if (target.windowed) {
      if (!changes.some((c) => documentInScope(plan, c.path))) return undefined;
      const now = new Map<string, Document>();
      const pathOf = (d: Document) => this.db.resolver.documentPath(d.name);
      const window =
        updateWindow(plan, target.window ?? [], changes, pathOf) ??
        executeQuery(plan, this.db.store).documents;
      target.window = window;
      for (const doc of window) now.set(pathOf(doc), doc);
      return now;
    }
    let inScope = false;
    const now = new Map<string, Document>();
    for (const c of changes) {
      if (!documentInScope(plan, c.path)) continue;
      inScope = true;
      if (c.after && matchesPlan(plan, c.after)) now.set(c.path, c.after);
    }
    return inScope ? now : undefined;
  }

  /** The target's responses for a commit (null: none), grouped so entered docs come first. */
  private diffTarget(
    target: TargetState,
    changes: DocumentChange[],
    now: Map<string, Document>,
    readTime: string,
  ): TargetDiff | null {
    let diff: TargetDiff | null = null;
    // Windowed targets compare whole results; others only the changed documents.
    if (target.windowed) {
      for (const path of new Set([...target.docs.keys(), ...now.keys()])) {
        diff = this.diffPath(target, path, changes, now, readTime, diff);
      }
    } else {
      for (const change of changes) {
        diff = this.diffPath(target, change.path, changes, now, readTime, diff);
      }
    }
    return diff;
  }

  /** One document's change for a target, added to `diff` (created on the first change). */
  private diffPath(
    target: TargetState,
    path: string,
    changes: DocumentChange[],
    now: Map<string, Document>,
    readTime: string,
    diff: TargetDiff | null,
  ): TargetDiff | null {
    const doc = now.get(path);
    const had = target.docs.get(path);
    if (doc) {
      if (had === doc.updateTime) return diff;
      target.docs.set(path, doc.updateTime);
      const out = diff ?? newDiff();
      out.entered.push(sharedDocumentChange(changes, doc, target.id));
      return out;
    }
    if (had === undefined) return diff;
    target.docs.delete(path);
    const out = diff ?? newDiff();
    const document = this.db.resolver.name(path);
    const removedTargetIds = [target.id];
    if (this.db.store.get(path)) {
      out.removed.push({ documentRemove: { document, removedTargetIds, readTime } });
    } else {
      out.deleted.push({ documentDelete: { document, removedTargetIds, readTime } });
    }
    return out;
  }

  /**
   * Rules may depend on data that just changed (get() of a membership document, the watched
   * document's own fields): a target about to receive changes is checked again, and removed
   * with PERMISSION_DENIED rather than shown data the caller may no longer read.
   */
  private recheck(target: TargetState, now: Map<string, Document>, time: string): void {
    if (!this.db.gate.enforced(this.caller)) return;
    if (target.source.query) {
      const { parent, structuredQuery } = target.source.query;
      this.db.planChecked(parent, structuredQuery, this.caller, time);
      return;
    }
    for (const [path, doc] of now) {
      this.db.gate.checkGet(this.caller, path, doc, time, (p) => this.db.store.get(p));
    }
  }

  private onCommit(changes: DocumentChange[], micros: number): void {
    const readTime = microsToTimestamp(micros);
    let all: TargetDiff | null = null;
    // Only the target being looked at is ever deleted here, which live iteration allows.
    for (const target of this.targets.values()) {
      try {
        const now = this.currentMatches(target, changes);
        if (!now) continue;
        const diff = this.diffTarget(target, changes, now, readTime);
        if (!diff) continue;
        this.recheck(target, now, readTime);
        if (!all) all = diff;
        else {
          all.entered.push(...diff.entered);
          all.deleted.push(...diff.deleted);
          all.removed.push(...diff.removed);
        }
      } catch (error) {
        // A target that cannot be re-evaluated is dropped, never the commit that triggered it.
        this.targets.delete(target.id);
        all ??= newDiff();
        all.removed.push(removedFor(target.id, error));
      }
    }
    if (!all) return;
    const responses = all.entered;
    for (const response of all.deleted) responses.push(response);
    for (const response of all.removed) responses.push(response);
    responses.push(this.globalNoChange(micros));
    this.enqueue(responses);
  }
}

interface TargetDiff {
  entered: ListenResponse[];
  deleted: ListenResponse[];
  removed: ListenResponse[];
}

function newDiff(): TargetDiff {
  return { entered: [], deleted: [], removed: [] };
}

/** REMOVE with a cause: the target is gone because of `error` (a denial, a bad query). */
function removedFor(targetId: number, error: unknown): ListenResponse {
  const e = error instanceof FirestoreError ? error : new FirestoreError('INTERNAL', String(error));
  return {
    targetChange: {
      targetChangeType: 'REMOVE',
      targetIds: [targetId],
      cause: { code: e.code, message: e.message },
    },
  };
}
