import { browser } from 'wxt/browser';
import { FOCUS_KEY } from './console-messages.ts';
import { getFirebase } from './firebase.ts';
import { localDb } from './local-db.ts';
import { firestoreSender } from './message-sender.ts';
import { flushOutbox, pendingMessages } from './outbox.ts';
import { PRESENCE_INTENT_KEY } from './presence-intent.ts';

/**
 * What signing out leaves behind: nothing of the workspace (ADR 005). The next person at a shared
 * computer must not find transcripts, drafts, the search index, canned responses, unsent messages
 * or who was signed in. Only settings of this installation stay (Connection, the widget script
 * address): they say where things are, not what is in them.
 */

/** The operator last signed in here (session.ts paints from it before Auth answers). */
export const LAST_OPERATOR_KEY = 'parley.lastOperator';

/** browser.storage.local keys that hold the operator's or the workspace's data. */
export const SIGNED_IN_STORAGE_KEYS = [LAST_OPERATOR_KEY, PRESENCE_INTENT_KEY, FOCUS_KEY] as const;
/** browser.storage.session keys (the service worker's notification memory). */
export const SIGNED_IN_SESSION_KEYS = ['parley.notified'] as const;

/** How many messages this operator typed that the server has not acknowledged yet. */
export async function unsentMessageCount(uid: string): Promise<number> {
  return (await pendingMessages(uid).catch(() => [])).length;
}

/**
 * Tries once to send this operator's unsent messages (the operator chose "Send them first");
 * answers how many are still unsent (refused, or no connection).
 */
export async function sendUnsentMessages(uid: string): Promise<number> {
  const { db } = await getFirebase();
  await flushOutbox(uid, firestoreSender(db));
  return unsentMessageCount(uid);
}

/** Empties every table of the local database and removes the signed-in storage keys. */
export async function forgetLocalData(): Promise<void> {
  const db = localDb();
  // Clearing (not deleting) the database: other extension pages keep it open, and a delete
  // would wait for them to close it.
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await browser.storage.local.remove([...SIGNED_IN_STORAGE_KEYS]).catch(() => {});
  const sessionArea = (browser.storage as { session?: typeof browser.storage.local }).session;
  await sessionArea?.remove([...SIGNED_IN_SESSION_KEYS]).catch(() => {});
}
