/**
 * Conformance: @google-cloud/firestore with preferRest (REST with numeric enums for unary and
 * server-streaming RPCs, gRPC only for Listen), unmodified, against the target server.
 * Run: npx vitest run --project integration tests/emulator/rest-client.test.ts
 */
import { Firestore } from '@google-cloud/firestore';
import { afterAll, beforeAll, describe } from 'vitest';
import type { ServerSdkContext } from './server-sdk/context.ts';
import { serverSdkTests } from './server-sdk/suite.ts';
import { startTarget, uniqueProjectId } from './support/target.ts';

describe('@google-cloud/firestore with preferRest', () => {
  let context: ServerSdkContext;

  beforeAll(async () => {
    const target = await startTarget();
    process.env.FIRESTORE_EMULATOR_HOST = target.hostAndPort;
    const projectId = uniqueProjectId('rest');
    const db = new Firestore({
      projectId,
      preferRest: true,
      // The REST fallback asks google-auth-library for headers even for an emulator; with no
      // credentials on this machine it would fail. The client adds `Bearer owner` itself.
      auth: {
        getRequestHeaders: async () => ({}),
        getUniverseDomain: async () => 'googleapis.com',
      },
    } as ConstructorParameters<typeof Firestore>[0]);
    context = { db, transport: 'rest', target, projectId };
  });

  afterAll(async () => {
    await context?.db.terminate();
    await context?.target.close();
  });

  serverSdkTests(() => context);
});
