import { effect, signal } from '@preact/signals';
import { getFirebase } from '../firebase.ts';
import { type OperatorSession, session, startSession } from '../session.ts';
import type { HubClient } from './console-hub.ts';
import { ConsoleStore } from './console-store.ts';

function sameOperator(a: OperatorSession, b: OperatorSession) {
  return (
    a.uid === b.uid &&
    a.workspaceId === b.workspaceId &&
    a.role === b.role &&
    a.displayName === b.displayName
  );
}

/** The signed-in operator's ConsoleStore (null while signed out); pages render from it. */
export const activeConsole = signal<ConsoleStore | null>(null);

let following = false;

/**
 * Starts the session and keeps activeConsole in step with who is signed in. The background's
 * store binds to Firestore; a page's (with `hub`) takes the team and the lists from the hub.
 */
export function followSession(hub?: HubClient): void {
  if (following) return;
  following = true;
  void startSession();
  let current: ConsoleStore | null = null;
  let generation = 0;
  effect(() => {
    const state = session.value;
    const operator = state.status === 'signed-in' ? state.operator : null;
    // The same operator confirmed by Auth (after the optimistic start) keeps the running store.
    if (current && operator && sameOperator(current.operator, operator)) return;
    current?.stop();
    current = null;
    const mine = ++generation;
    activeConsole.value = null;
    if (!operator) return;
    void getFirebase().then(async ({ db }) => {
      if (mine !== generation) return;
      const store = new ConsoleStore(db, operator);
      current = store;
      activeConsole.value = store;
      await store.start(hub);
    });
  });
}
