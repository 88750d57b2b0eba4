import { type App, getApps, initializeApp } from 'firebase-admin/app';
import { type Auth, getAuth } from 'firebase-admin/auth';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';

/**
 * The functions' own named admin app, initialised on first use rather than at import time, so the
 * emulator's function discovery (which loads this bundle) opens no connections, and code that
 * embeds these modules (tests calling the schedule bodies) keeps its default app to itself.
 * Project and credentials come from the environment as for the default app.
 */
const APP_NAME = 'parley-functions';

function app(): App {
  return (
    getApps().find((candidate) => candidate.name === APP_NAME) ?? initializeApp(undefined, APP_NAME)
  );
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
