/**
 * Resolves a read's consistency selector (transaction, newTransaction, readTime) into the
 * snapshot to read and the transaction to record the read in.
 */
import type { ReadConsistency } from './api.ts';
import { FirestoreError } from './api.ts';
import { RETENTION_MICROS } from './document-store.ts';
import type { Clock } from './timestamps.ts';
import { microsToTimestamp, timestampToMicros } from './timestamps.ts';
import type { TransactionRegistry, TransactionState } from './transactions.ts';

export interface ReadContext {
  /** Snapshot to read (microseconds); undefined = the latest state. */
  at?: number;
  /** The readTime every response of this read reports. */
  readTime: number;
  tx?: TransactionState;
  /** Set when the read began a transaction: its id goes in the first response. */
  newTransaction?: string;
}

/** Versions older than the store's retention are gone: refuse rather than answer wrongly. */
function checkNotTooOld(at: number, clock: Clock): void {
  if (at < clock.readTime() - RETENTION_MICROS) {
    throw new FirestoreError(
      'FAILED_PRECONDITION',
      `The requested read time ${microsToTimestamp(at)} is older than this emulator keeps history (${RETENTION_MICROS / 60_000_000} minutes).`,
    );
  }
}

export function resolveReadContext(
  consistency: ReadConsistency | undefined,
  clock: Clock,
  transactions: TransactionRegistry,
): ReadContext {
  const { transaction, newTransaction, readTime } = consistency ?? {};
  const chosen = [transaction, newTransaction, readTime].filter((x) => x !== undefined);
  if (chosen.length > 1) {
    throw new FirestoreError(
      'INVALID_ARGUMENT',
      'At most one of transaction, newTransaction and readTime may be set',
    );
  }
  if (transaction !== undefined || newTransaction !== undefined) {
    const tx =
      transaction !== undefined
        ? transactions.get(transaction)
        : transactions.begin(newTransaction, () => clock.readTime());
    const at = tx.readOnly ? tx.readTime : undefined;
    if (at !== undefined) checkNotTooOld(at, clock);
    return {
      at,
      readTime: at ?? clock.readTime(),
      tx,
      newTransaction: newTransaction !== undefined ? tx.id : undefined,
    };
  }
  if (readTime !== undefined) {
    const at = timestampToMicros(readTime);
    checkNotTooOld(at, clock);
    return { at, readTime: at };
  }
  return { readTime: clock.readTime() };
}
