/** Every server-SDK conformance module, registered in the order both transports need. */
import { adminOperationTests } from './admin-operations.ts';
import type { ContextRef } from './context.ts';
import { documentTests } from './documents.ts';
import { errorTests } from './errors.ts';
import { listenTests } from './listen.ts';
import { queryTests } from './queries.ts';
import { writeTests } from './writes.ts';

export function serverSdkTests(ctx: ContextRef): void {
  documentTests(ctx);
  queryTests(ctx);
  writeTests(ctx);
  adminOperationTests(ctx);
  errorTests(ctx);
  // Last: Listen needs a gRPC client, and once one exists the client pool reuses it for every
  // other RPC too, so with preferRest anything after this would no longer go over REST.
  listenTests(ctx);
}
