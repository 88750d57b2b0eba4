/**
 * Transactions, optimistic: a read-write transaction remembers the version of every document
 * (and every query result) it read; its commit fails ABORTED if any of them changed meanwhile,
 * and clients retry. Read-only transactions read a fixed snapshot.
 */
import { randomBytes } from 'node:crypto';
import type { TransactionOptions } from './api.ts';
import { FirestoreError } from './api.ts';
import { timestampToMicros } from './timestamps.ts';

/** Transactions idle longer than this are forgotten (Firestore: 270 s). */
const IDLE_EXPIRY_MS = 270_000;

export interface TransactionState {
  id: string;
  readOnly: boolean;
  /** Snapshot time (microseconds) of a read-only transaction. */
  readTime?: number;
  /** Document path -> updateTime seen (null = missing), first read wins. */
  reads: Map<string, string | null>;
  /** Queries run in the transaction, re-run at commit to catch phantoms. */
  queries: { rerun: () => Map<string, string>; seen: Map<string, string> }[];
  lastUsed: number;
}

export class TransactionRegistry {
  private readonly open = new Map<string, TransactionState>();

  begin(options: TransactionOptions | undefined, snapshotTime: () => number): TransactionState {
    this.expire();
    const readOnly = !!options?.readOnly;
    const id = randomBytes(12).toString('base64');
    const state: TransactionState = {
      id,
      readOnly,
      reads: new Map(),
      queries: [],
      lastUsed: Date.now(),
    };
    if (readOnly) {
      const at = options?.readOnly?.readTime;
      state.readTime = at ? timestampToMicros(at) : snapshotTime();
    }
    this.open.set(id, state);
    return state;
  }

  /** An open transaction; INVALID_ARGUMENT when unknown, ended or expired. */
  get(id: string): TransactionState {
    this.expire();
    const state = this.open.get(id);
    if (!state) {
      throw new FirestoreError(
        'INVALID_ARGUMENT',
        'The referenced transaction has expired or is no longer valid.',
      );
    }
    state.lastUsed = Date.now();
    return state;
  }

  /** Ends a transaction (commit or rollback); returns its state. */
  end(id: string): TransactionState {
    const state = this.get(id);
    this.open.delete(id);
    return state;
  }

  clear(): void {
    this.open.clear();
  }

  private expire(): void {
    const cutoff = Date.now() - IDLE_EXPIRY_MS;
    for (const [id, state] of this.open) if (state.lastUsed < cutoff) this.open.delete(id);
  }
}

/** Records a document read (the first version seen counts). */
export function recordRead(
  tx: TransactionState | undefined,
  path: string,
  updateTime: string | null,
): void {
  if (!tx || tx.readOnly || tx.reads.has(path)) return;
  tx.reads.set(path, updateTime);
}

function sameResults(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** ABORTED when anything the transaction read has changed since. */
export function assertNoConflicts(
  tx: TransactionState,
  currentVersion: (path: string) => string | null,
): void {
  for (const [path, seen] of tx.reads) {
    if (currentVersion(path) !== seen) {
      throw new FirestoreError(
        'ABORTED',
        `Transaction aborted: document ${path} was changed by another request since it was read. Retry the transaction.`,
      );
    }
  }
  for (const q of tx.queries) {
    if (!sameResults(q.rerun(), q.seen)) {
      throw new FirestoreError(
        'ABORTED',
        'Transaction aborted: a query it ran has different results now. Retry the transaction.',
      );
    }
  }
}
