/**
 * Admin changes as the Control Panel makes them: the change, its audit entry and the admin's
 * audit head in one batch (firestore.rules audited(), ADR 005).
 */
import {
  collection,
  type DocumentData,
  doc,
  type Firestore,
  serverTimestamp,
  type WriteBatch,
  writeBatch,
} from 'firebase/firestore';
import { wsPath } from './fixtures.ts';
import { type ActorName, uidOf } from './support.ts';

/** Commits `change` with an audit entry `action` about `target`, written as `actor`. */
export function withAudit(
  db: Firestore,
  actor: ActorName,
  action: string,
  target: string,
  change: (batch: WriteBatch) => void,
): Promise<void> {
  const batch = writeBatch(db);
  change(batch);
  const uid = uidOf(actor) || 'anonymous';
  const entry = doc(collection(db, wsPath('auditLog')));
  batch.set(entry, { actor: uid, action, target, at: serverTimestamp() });
  batch.set(doc(db, wsPath(`auditHeads/${uid}`)), { entryId: entry.id, at: serverTimestamp() });
  return batch.commit();
}

/** The last segment of a path: the target an audit entry names. */
const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export const auditedSet = (
  db: Firestore,
  actor: ActorName,
  action: string,
  path: string,
  data: DocumentData,
) => withAudit(db, actor, action, idOf(path), (batch) => batch.set(doc(db, path), data));

export const auditedUpdate = (
  db: Firestore,
  actor: ActorName,
  action: string,
  path: string,
  data: DocumentData,
) => withAudit(db, actor, action, idOf(path), (batch) => batch.update(doc(db, path), data));

export const auditedDelete = (db: Firestore, actor: ActorName, action: string, path: string) =>
  withAudit(db, actor, action, idOf(path), (batch) => batch.delete(doc(db, path)));
