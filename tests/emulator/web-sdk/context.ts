/**
 * What the web SDK conformance modules share: the modular firebase/firestore API in Node, where
 * it speaks gRPC (unary RPCs plus the Listen and Write streams).
 */
import { deleteApp, type FirebaseApp, initializeApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  type Firestore,
  getFirestore,
  terminate,
} from 'firebase/firestore';
import { expect } from 'vitest';
import type { FirestoreTarget } from '../support/target.ts';

export interface WebSdkContext {
  /** The client under test. */
  db: Firestore;
  /** A second, independent client: its writes reach `db` only through the server. */
  other: Firestore;
  target: FirestoreTarget;
  projectId: string;
}

export type ContextRef = () => WebSdkContext;

export interface WebClient {
  db: Firestore;
  close(): Promise<void>;
}

let apps = 0;

export function connectWebClient(target: FirestoreTarget, projectId: string): WebClient {
  const app: FirebaseApp = initializeApp({ projectId, apiKey: 'fake-api-key' }, `web-${++apps}`);
  const db = getFirestore(app);
  connectFirestoreEmulator(db, target.host, target.port);
  return {
    db,
    async close() {
      await terminate(db);
      await deleteApp(app);
    },
  };
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught as { code?: string; message?: string },
  );
  expect(error, `expected ${code}`).not.toBeNull();
  expect(error!.code, error!.message).toBe(code);
}
