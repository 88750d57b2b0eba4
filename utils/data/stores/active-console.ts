import { effect, signal } from '@preact/signals';
import { getFirebase } from '../firebase.ts';
import { session, startSession } from '../session.ts';
import { ConsoleStore } from './console-store.ts';

/** The signed-in operator's ConsoleStore (null while signed out); pages render from it. */
export const activeConsole = signal<ConsoleStore | null>(null);

let following = false;

/** Starts the session and keeps activeConsole in step with who is signed in. */
export function followSession(): void {
  if (following) return;
  following = true;
  void startSession();
  let current: ConsoleStore | null = null;
  let generation = 0;
  effect(() => {
    const state = session.value;
    const uid = state.status === 'signed-in' ? state.operator.uid : null;
    if (current && current.operator.uid === uid) return;
    current?.stop();
    current = null;
    const mine = ++generation;
    activeConsole.value = null;
    if (state.status !== 'signed-in') return;
    const operator = state.operator;
    void getFirebase().then(async ({ db }) => {
      if (mine !== generation) return;
      const store = new ConsoleStore(db, operator);
      current = store;
      activeConsole.value = store;
      await store.start();
    });
  });
}
