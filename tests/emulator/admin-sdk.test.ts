/**
 * Conformance: firebase-admin (its Firestore client over gRPC), unmodified, against the target
 * server. Run: npx vitest run --project integration tests/emulator/admin-sdk.test.ts
 */
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe } from 'vitest';
import { adminOperationTests } from './server-sdk/admin-operations.ts';
import type { ServerSdkContext } from './server-sdk/context.ts';
import { documentTests } from './server-sdk/documents.ts';
import { errorTests } from './server-sdk/errors.ts';
import { listenTests } from './server-sdk/listen.ts';
import { queryTests } from './server-sdk/queries.ts';
import { writeTests } from './server-sdk/writes.ts';
import { startTarget, uniqueProjectId } from './support/target.ts';

describe('firebase-admin over gRPC', () => {
  let context: ServerSdkContext;
  let app: App;

  beforeAll(async () => {
    const target = await startTarget();
    // firebase-admin finds the emulator (and sends `Bearer owner`) through this variable.
    process.env.FIRESTORE_EMULATOR_HOST = target.hostAndPort;
    const projectId = uniqueProjectId('admin');
    app = initializeApp({ projectId }, projectId);
    context = { db: getFirestore(app), transport: 'grpc', target, projectId };
  });

  afterAll(async () => {
    await context?.db.terminate();
    if (app) await deleteApp(app);
    await context?.target.close();
  });

  const ctx = () => context;
  documentTests(ctx);
  queryTests(ctx);
  writeTests(ctx);
  adminOperationTests(ctx);
  errorTests(ctx);
  // Last: Listen needs a gRPC client, and once one exists the client pool reuses it for every
  // other RPC too, so anything after this would no longer go over REST.
  listenTests(ctx);
});
