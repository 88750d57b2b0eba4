import type { Firestore } from 'firebase/firestore';

/** Who writes and where: every admin write is made in one workspace, signed by one operator. */
export interface AdminContext {
  db: Firestore;
  workspaceId: string;
  /** uid of the signed-in operator (audit entries' actor, canned responses' createdBy) */
  uid: string;
}
