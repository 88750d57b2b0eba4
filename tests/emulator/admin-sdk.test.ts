/**
 * Conformance: firebase-admin (its Firestore client over gRPC), unmodified, against the target
 * server. Run: npx vitest run --project integration tests/emulator/admin-sdk.test.ts
 */
import { type App, deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe } from 'vitest';
import type { ServerSdkContext } from './server-sdk/context.ts';
import { serverSdkTests } from './server-sdk/suite.ts';
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

  serverSdkTests(() => context);
});
