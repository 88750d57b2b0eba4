/**
 * The commit pipeline: apply every write to an overlay of the current state, check rules and
 * transaction conflicts, then store the changed documents under one commit time.
 */
import type { Caller, Document, Write, WriteResult } from './api.ts';
import { FirestoreError } from './api.ts';
import { type AppliedWrite, applyWrite } from './apply-write.ts';
import type { DocumentStore } from './document-store.ts';
import type { PathResolver } from './paths.ts';
import type { RulesGate } from './rules-gate.ts';
import type { Clock } from './timestamps.ts';
import { microsToTimestamp } from './timestamps.ts';
import { assertNoConflicts, type TransactionState } from './transactions.ts';

export const MAX_WRITES_PER_COMMIT = 500;

export interface DocumentChange {
  path: string;
  before: Document | null;
  after: Document | null;
}

export interface CommitContext {
  resolver: PathResolver;
  store: DocumentStore;
  clock: Clock;
  gate: RulesGate;
}

export interface CommitOutcome {
  writeResults: WriteResult[];
  commitTime: string;
  commitMicros: number;
  changes: DocumentChange[];
}

/** A commit's or batchWrite's list of writes: a list, of at most 500. */
export function checkWriteList(writes: Write[]): void {
  if (!Array.isArray(writes)) throw new FirestoreError('INVALID_ARGUMENT', 'writes must be a list');
  if (writes.length > MAX_WRITES_PER_COMMIT) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      `A maximum of ${MAX_WRITES_PER_COMMIT} writes are allowed per request (got ${writes.length}).`,
    );
  }
}

export function runCommit(
  ctx: CommitContext,
  writes: Write[],
  caller: Caller,
  tx?: TransactionState,
): CommitOutcome {
  checkWriteList(writes);
  if (tx?.readOnly && writes.length > 0) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      'Cannot modify entities in a read-only transaction.',
    );
  }
  const { store, clock, resolver, gate } = ctx;
  if (tx) assertNoConflicts(tx, (path) => store.get(path)?.updateTime ?? null);

  const commitMicros = clock.commitTime();
  const commitTime = microsToTimestamp(commitMicros);
  const overlay = new Map<string, Document | null>();
  // Lookups are pinned to this commit's snapshot, even if a rules engine calls them late.
  const before = (path: string) => store.get(path, commitMicros - 1);
  const stateOf = (path: string) => (overlay.has(path) ? overlay.get(path)! : before(path));

  const applied: AppliedWrite[] = writes.map((write) => {
    const result = applyWrite(write, resolver, { commitTime }, stateOf);
    overlay.set(result.path, result.after);
    return result;
  });

  gate.checkWrites(caller, applied, commitTime, before, stateOf);

  const changes: DocumentChange[] = [];
  for (const [path, after] of overlay) {
    const previous = store.get(path);
    if (after === previous) continue;
    store.put(path, after, commitMicros);
    changes.push({ path, before: previous, after });
  }
  return { writeResults: applied.map((a) => a.result), commitTime, commitMicros, changes };
}
