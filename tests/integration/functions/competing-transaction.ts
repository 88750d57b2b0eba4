/**
 * A competing writer that holds documents: a transaction (the admin SDK's, as the functions use)
 * reads them at once, keeps them for `holdMs` while a callable runs into them, then commits
 * `write`. Firestore locks what a transaction has read, so the callable's transaction, which
 * read the same documents, cannot commit meanwhile; when the holder commits a change to them,
 * the callable's transaction is aborted and run again on the new data (or given up).
 */
import type { DocumentReference, Transaction } from 'firebase-admin/firestore';
import { admin } from './support.ts';

export async function holdDocuments(
  refs: DocumentReference[],
  holdMs: number,
  write: (tx: Transaction) => void,
): Promise<{ held: Promise<number> }> {
  let readDone!: () => void;
  const read = new Promise<void>((resolve) => {
    readDone = resolve;
  });
  let attempts = 0;
  const held = admin()
    .db.runTransaction(async (tx) => {
      attempts++;
      await tx.getAll(...refs);
      readDone();
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      write(tx);
    })
    .then(() => {
      if (attempts !== 1) throw new Error(`the holding transaction ran ${attempts} times`);
      return Date.now();
    });
  await read;
  return { held };
}
