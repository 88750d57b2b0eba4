import { type FirebaseApp, initializeApp } from 'firebase/app';
import {
  type Auth,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from 'firebase/auth/web-extension';
import { connectFirestoreEmulator, type Firestore, initializeFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, type Functions, getFunctions } from 'firebase/functions';
import {
  EMULATORS_BUILT_IN,
  type FirebaseSettings,
  loadFirebaseSettings,
} from './firebase-config.ts';

export interface FirebaseServices {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  functions: Functions;
  settings: FirebaseSettings;
}

/**
 * Starts the SDKs for these settings. Auth comes from the web-extension build (no remote scripts,
 * allowed by MV3's CSP) with IndexedDB persistence, so the session survives browser restarts and
 * is shared by the side panel, popup, options page and service worker (each polls IndexedDB).
 */
export function startFirebase(settings: FirebaseSettings, name?: string): FirebaseServices {
  const app = initializeApp(
    {
      apiKey: settings.apiKey,
      authDomain: settings.authDomain,
      projectId: settings.projectId,
      appId: settings.appId,
    },
    name,
  );
  const auth = initializeAuth(app, { persistence: indexedDBLocalPersistence });
  const db = initializeFirestore(app, { ignoreUndefinedProperties: true });
  const functions = getFunctions(app, settings.functionsRegion);
  if (EMULATORS_BUILT_IN && settings.useEmulators) {
    const host = settings.emulatorHost;
    connectAuthEmulator(auth, `http://${host}:${settings.authEmulatorPort}`, {
      disableWarnings: true,
    });
    connectFirestoreEmulator(db, host, settings.firestoreEmulatorPort);
    connectFunctionsEmulator(functions, host, settings.functionsEmulatorPort);
  }
  return { app, auth, db, functions, settings };
}

let services: Promise<FirebaseServices> | undefined;

/** The page's one set of Firebase services, started on first use from the settings in force. */
export function getFirebase(): Promise<FirebaseServices> {
  services ??= loadFirebaseSettings().then((settings) => startFirebase(settings));
  return services;
}
