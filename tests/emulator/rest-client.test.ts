/**
 * Conformance: @google-cloud/firestore with preferRest (REST with numeric enums for unary and
 * server-streaming RPCs, gRPC only for Listen), unmodified, against the target server.
 * Run: npx vitest run --project integration tests/emulator/rest-client.test.ts
 */
import { Firestore } from '@google-cloud/firestore';
import { afterAll, beforeAll, describe } from 'vitest';
import { adminOperationTests } from './server-sdk/admin-operations.ts';
import type { ServerSdkContext } from './server-sdk/context.ts';
import { documentTests } from './server-sdk/documents.ts';
import { errorTests } from './server-sdk/errors.ts';
import { listenTests } from './server-sdk/listen.ts';
import { queryTests } from './server-sdk/queries.ts';
import { writeTests } from './server-sdk/writes.ts';
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
