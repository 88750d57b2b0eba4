import { effect } from '@preact/signals';
import { getIdToken } from 'firebase/auth/web-extension';
import { onSnapshot } from 'firebase/firestore';
import { accessChange } from '../domain/access.ts';
import { accessEndedNotice, roleChangedNotice } from './access-notice.ts';
import { operatorRef } from './collections/operators.ts';
import { getFirebase } from './firebase.ts';
import { unsentMessageCount } from './local-cleanup.ts';
import { type OperatorSession, session, signOut } from './session.ts';

/**
 * Every page (and the service worker) watches the signed-in operator's own document, which the
 * rules let them read even after their access ended (ADR 005). Deactivated or deleted: sign out
 * here at once, say why, and forget the local data. A changed role: refresh the token's claims;
 * after a demotion the refresh tokens are revoked, so that fails and signs out too.
 * One listener, one document read when it starts and one per change of that document.
 */
export function watchAccess(operator: OperatorSession): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void getFirebase().then(({ auth, db }) => {
    if (stopped) return;
    stop = onSnapshot(
      operatorRef(db, operator.workspaceId, operator.uid),
      { includeMetadataChanges: false },
      (snapshot) => {
        // Only the server can say the document is gone; an empty cache while offline says nothing.
        if (snapshot.metadata.fromCache) return;
        const change = accessChange(snapshot.data(), operator.role);
        if (change.kind === 'ended') {
          void unsentMessageCount(operator.uid).then((unsent) =>
            signOut({ reason: accessEndedNotice(change.cause, unsent) }),
          );
        } else if (change.kind === 'role-changed' && auth.currentUser) {
          getIdToken(auth.currentUser, true).catch(() => signOut({ reason: roleChangedNotice() }));
        }
      },
      // Refused (the claims no longer name this workspace): the token refresh signs out.
      () => {},
    );
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

let following = false;

/** Keeps one access watch running for whoever is signed in on this page. Idempotent. */
export function followAccess(): void {
  if (following) return;
  following = true;
  let current: { key: string; stop: () => void } | undefined;
  effect(() => {
    const state = session.value;
    const operator = state.status === 'signed-in' ? state.operator : undefined;
    const key = operator ? `${operator.workspaceId}|${operator.uid}|${operator.role}` : '';
    if (current?.key === key) return;
    current?.stop();
    current = operator ? { key, stop: watchAccess(operator) } : undefined;
  });
}
