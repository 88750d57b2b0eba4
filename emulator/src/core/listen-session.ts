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
import { CommitResponses, diffCommit, type TargetState } from './listen-diff.ts';
import { executeQuery } from './query-engine.ts';
import { resumeTokenFor, sharedNoChange } from './shared-responses.ts';
import { microsToTimestamp } from './timestamps.ts';

/**
 * Responses to commits that come closer together than this reach a stream together, and only the
 * last of their global NO_CHANGEs is kept (one snapshot for several commits, as Firestore's own
 * backend does). 200 listeners of a busy collection then cost one transport write per stream
 * every few ms instead of one per commit; an idle stream still gets a change at once.
 */
export const DELIVERY_INTERVAL_MS = 10;

export class ListenSessionImpl implements ListenSession {
  private readonly targets = new Map<number, TargetState>();
  /** A commit's responses while its targets are compared (reused). */
  private readonly pending = new CommitResponses();
  private queue: ListenResponse[] = [];
  private scheduled = false;
  private lastDeliveryMs = Number.NEGATIVE_INFINITY;
  private closed = false;
  /** readTime of the last global NO_CHANGE: never goes back. */
  private lastReadTime = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: DatabaseImpl,
    private readonly caller: Caller,
    private readonly send: (response: ListenResponse) => void,
  ) {
    this.unsubscribe = db.subscribe((changes, micros, readTime) =>
      this.onCommit(changes, micros, readTime),
    );
  }

  private enqueue(responses: ListenResponse[]): void {
    if (this.closed) return;
    if (isGlobalNoChange(responses.at(-1))) this.dropQueuedNoChange();
    for (const response of responses) this.queue.push(response);
    this.scheduleDelivery();
  }

  /** A newer snapshot is coming: the queued one's NO_CHANGE would only be an extra snapshot. */
  private dropQueuedNoChange(): void {
    if (isGlobalNoChange(this.queue.at(-1))) this.queue.pop();
  }

  private scheduleDelivery(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = this.lastDeliveryMs + DELIVERY_INTERVAL_MS - performance.now();
    if (wait > 0) setTimeout(this.deliver, wait);
    else setImmediate(this.deliver);
  }

  private readonly deliver = () => {
    this.scheduled = false;
    this.lastDeliveryMs = performance.now();
    const batch = this.queue;
    this.queue = [];
    for (const response of batch) {
      if (this.closed) return;
      this.send(response);
    }
  };

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

  /**
   * Rules may depend on data that just changed (get() of a membership document, the watched
   * document's own fields): a target about to receive changes is checked again, and removed
   * with PERMISSION_DENIED rather than shown data the caller may no longer read.
   */
  private recheck(target: TargetState, changes: DocumentChange[], time: string): void {
    if (!this.db.gate.enforced(this.caller)) return;
    if (target.source.query) {
      const { parent, structuredQuery } = target.source.query;
      this.db.planChecked(parent, structuredQuery, this.caller, time);
      return;
    }
    // The watched documents that exist after the commit.
    for (const { path, after } of changes) {
      if (!after || !target.paths?.has(path)) continue;
      this.db.gate.checkGet(this.caller, path, after, time, (p) => this.db.store.get(p));
    }
  }

  private onCommit(changes: DocumentChange[], micros: number, readTime: string): void {
    if (this.closed) return;
    const out = this.pending;
    // Only the target being looked at is ever deleted here, which live iteration allows.
    for (const target of this.targets.values()) {
      out.begin();
      try {
        diffCommit(this.db, target, changes, readTime, out);
        if (out.grew()) this.recheck(target, changes, readTime);
      } catch (error) {
        // A target that cannot be re-evaluated is dropped, never the commit that triggered it.
        this.targets.delete(target.id);
        out.rollback();
        out.removed.push(removedFor(target.id, error));
      }
    }
    if (out.isEmpty()) return;
    // Straight into the queue (every listener runs this for every commit: no array of its own).
    this.dropQueuedNoChange();
    out.drainInto(this.queue);
    this.queue.push(this.globalNoChange(micros));
    this.scheduleDelivery();
  }
}

/** The NO_CHANGE without targets that ends a consistent snapshot (sharedNoChange). */
function isGlobalNoChange(response: ListenResponse | undefined): boolean {
  if (!response || !('targetChange' in response)) return false;
  const { targetChangeType, targetIds } = response.targetChange;
  return targetChangeType === 'NO_CHANGE' && (targetIds?.length ?? 0) === 0;
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
