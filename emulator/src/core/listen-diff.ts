/**
 * What one commit changes for one Listen target: documents that entered or changed, were deleted,
 * or no longer match. Every listener runs this for every commit, so the common target (no limit
 * or offset) compares only the changed documents, without building anything per target.
 */
import type { Document, ListenResponse, ListenTarget } from './api.ts';
import type { DocumentChange } from './commit.ts';
import type { DatabaseImpl } from './database.ts';
import { executeQuery, matchesPlan } from './query-engine.ts';
import { documentInScope, type QueryPlan } from './query-plan.ts';
import { updateWindow } from './query-window.ts';
import { sharedDocumentChange } from './shared-responses.ts';

export interface TargetState {
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

/**
 * One stream's responses to one commit, grouped so entered documents come first, then deletions,
 * then removals. Reused from commit to commit; a target's share can be taken back when it turns
 * out the target must be dropped instead.
 */
export class CommitResponses {
  readonly entered: ListenResponse[] = [];
  readonly deleted: ListenResponse[] = [];
  readonly removed: ListenResponse[] = [];
  /** Lengths of the three lists when the current target's share began. */
  private enteredMark = 0;
  private deletedMark = 0;
  private removedMark = 0;

  /** Starts one target's share. */
  begin(): void {
    this.enteredMark = this.entered.length;
    this.deletedMark = this.deleted.length;
    this.removedMark = this.removed.length;
  }

  /** Whether the current target added anything since begin(). */
  grew(): boolean {
    return (
      this.entered.length > this.enteredMark ||
      this.deleted.length > this.deletedMark ||
      this.removed.length > this.removedMark
    );
  }

  /** Takes back the current target's share. */
  rollback(): void {
    this.entered.length = this.enteredMark;
    this.deleted.length = this.deletedMark;
    this.removed.length = this.removedMark;
  }

  isEmpty(): boolean {
    return this.entered.length + this.deleted.length + this.removed.length === 0;
  }

  /** Moves every response, in order, to `queue`. */
  drainInto(queue: ListenResponse[]): void {
    moveAll(this.entered, queue);
    moveAll(this.deleted, queue);
    moveAll(this.removed, queue);
  }
}

function moveAll(from: ListenResponse[], to: ListenResponse[]): void {
  if (from.length === 0) return;
  for (const response of from) to.push(response);
  from.length = 0;
}

/** Records the commit in `target.docs` and adds the target's responses to `out`. */
export function diffCommit(
  db: DatabaseImpl,
  target: TargetState,
  changes: DocumentChange[],
  readTime: string,
  out: CommitResponses,
): void {
  if (target.windowed) {
    const now = windowMatches(db, target, changes);
    if (!now) return;
    // A window compares whole results: documents may enter or leave it without changing.
    for (const path of new Set([...target.docs.keys(), ...now.keys()])) {
      diffPath(db, target, path, now.get(path), changes, readTime, out);
    }
    return;
  }
  for (const change of changes) {
    diffPath(db, target, change.path, currentMatch(target, change), changes, readTime, out);
  }
}

/** The changed document as an unwindowed target now shows it (undefined: not at all). */
function currentMatch(target: TargetState, change: DocumentChange): Document | undefined {
  const { plan, paths } = target;
  if (paths) return paths.has(change.path) && change.after ? change.after : undefined;
  if (!plan || !change.after || !documentInScope(plan, change.path)) return undefined;
  return matchesPlan(plan, change.after) ? change.after : undefined;
}

/** A windowed target's new result as path -> document, or undefined if the commit is elsewhere. */
function windowMatches(
  db: DatabaseImpl,
  target: TargetState,
  changes: DocumentChange[],
): Map<string, Document> | undefined {
  const plan = target.plan!;
  if (!changes.some((c) => documentInScope(plan, c.path))) return undefined;
  const pathOf = (d: Document) => db.resolver.documentPath(d.name);
  const window =
    updateWindow(plan, target.window ?? [], changes, pathOf) ??
    executeQuery(plan, db.store).documents;
  target.window = window;
  const now = new Map<string, Document>();
  for (const doc of window) now.set(pathOf(doc), doc);
  return now;
}

function diffPath(
  db: DatabaseImpl,
  target: TargetState,
  path: string,
  doc: Document | undefined,
  changes: DocumentChange[],
  readTime: string,
  out: CommitResponses,
): void {
  const had = target.docs.get(path);
  if (doc) {
    if (had === doc.updateTime) return;
    target.docs.set(path, doc.updateTime);
    out.entered.push(sharedDocumentChange(changes, doc, target.id));
    return;
  }
  if (had === undefined) return;
  target.docs.delete(path);
  const document = db.resolver.name(path);
  const removedTargetIds = [target.id];
  if (db.store.get(path)) {
    out.removed.push({ documentRemove: { document, removedTargetIds, readTime } });
  } else {
    out.deleted.push({ documentDelete: { document, removedTargetIds, readTime } });
  }
}
