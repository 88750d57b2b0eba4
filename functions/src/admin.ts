import { type App, getApps, initializeApp } from 'firebase-admin/app';
import { type Auth, getAuth } from 'firebase-admin/auth';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import { installMetering } from './data/metering.ts';

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

// Kept on globalThis, not in a module variable: code that embeds these modules under tsx (the
// SIP gateway in `npm start`, the benchmarks) can load this file twice (once through ESM, once
// through require), and a second settings() call on the same Firestore throws.
const FIRESTORE = Symbol.for('parley.functions.firestore');
const shared = globalThis as { [FIRESTORE]?: Firestore };

export function db(): Firestore {
  let firestore = shared[FIRESTORE];
  if (!firestore) {
    installMetering();
    firestore = getFirestore(app());
    // Optional fields (departmentId?, referrer?) are simply left out of documents.
    firestore.settings({ ignoreUndefinedProperties: true });
    shared[FIRESTORE] = firestore;
  }
  return firestore;
}

export function auth(): Auth {
  return getAuth(app());
}
