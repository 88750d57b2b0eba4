/**
 * Conformance: the firebase web SDK (modular API) in Node, where it speaks gRPC, unmodified,
 * against the target server. Run: npx vitest run --project integration tests/emulator/web-sdk.test.ts
 */
import { setLogLevel } from 'firebase/firestore';
import { afterAll, beforeAll, describe } from 'vitest';
import { startTarget, uniqueProjectId } from './support/target.ts';
import { connectWebClient, type WebClient, type WebSdkContext } from './web-sdk/context.ts';
import { documentTests } from './web-sdk/documents.ts';
import { errorTests } from './web-sdk/errors.ts';
import { listenTests } from './web-sdk/listen.ts';
import { queryTests } from './web-sdk/queries.ts';
import { writeTests } from './web-sdk/writes.ts';

describe('firebase web SDK in Node (gRPC)', () => {
  let context: WebSdkContext;
  const clients: WebClient[] = [];

  beforeAll(async () => {
    // Expected failures (permission, precondition) are logged by the SDK otherwise.
    setLogLevel('silent');
    const target = await startTarget();
    const projectId = uniqueProjectId('web');
    clients.push(connectWebClient(target, projectId), connectWebClient(target, projectId));
    context = { db: clients[0]!.db, other: clients[1]!.db, target, projectId };
  });

  afterAll(async () => {
    for (const client of clients) await client.close();
    await context?.target.close();
  });

  const ctx = () => context;
  documentTests(ctx);
  queryTests(ctx);
  writeTests(ctx);
  listenTests(ctx);
  errorTests(ctx);
});
