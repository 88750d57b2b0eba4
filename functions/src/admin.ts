import { getApps, initializeApp } from 'firebase-admin/app';
import { type Auth, getAuth } from 'firebase-admin/auth';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';

/**
 * The admin SDK, initialised on first use rather than at import time, so that the emulator's
 * function discovery (which loads this bundle) never opens connections, and tests can point
 * FIRESTORE_EMULATOR_HOST somewhere before the first call.
 */
function app() {
  return getApps()[0] ?? initializeApp();
}

let firestore: Firestore | null = null;

export function db(): Firestore {
  if (!firestore) {
    firestore = getFirestore(app());
    // Optional fields (departmentId?, referrer?) are simply left out of documents.
    firestore.settings({ ignoreUndefinedProperties: true });
  }
  return firestore;
}

export function auth(): Auth {
  return getAuth(app());
}
