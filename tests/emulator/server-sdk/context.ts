/**
 * What the server-SDK conformance modules share: the firebase-admin / @google-cloud/firestore API
 * (the same classes), run once over gRPC (firebase-admin) and once over REST (preferRest).
 */
import type { Firestore } from '@google-cloud/firestore';
import { expect } from 'vitest';
import type { FirestoreTarget } from '../support/target.ts';

export interface ServerSdkContext {
  db: Firestore;
  transport: 'grpc' | 'rest';
  target: FirestoreTarget;
  projectId: string;
}

export type ContextRef = () => ServerSdkContext;

const GRPC_CODES = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
} as const;

type Status = keyof typeof GRPC_CODES;

/** HTTP status a REST server answers for each status (google.rpc.Code mapping). */
const HTTP_OF: Record<Status, number> = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
};

/** google-gax turns a REST error back into a code from the HTTP status alone. */
const GAX_CODE_OF_HTTP: Record<number, number> = { 400: 3, 403: 7, 404: 5, 409: 10 };

/** The numeric code the SDK reports for a server status on this transport. */
export function reportedCode(transport: 'grpc' | 'rest', status: Status): number {
  return transport === 'grpc' ? GRPC_CODES[status] : GAX_CODE_OF_HTTP[HTTP_OF[status]]!;
}

export async function expectStatus(
  ctx: ServerSdkContext,
  promise: Promise<unknown>,
  status: Status,
  message?: RegExp,
): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught as { code?: number; message?: string },
  );
  expect(error, `expected ${status}`).not.toBeNull();
  expect(error!.code, `${status}: ${error!.message}`).toBe(reportedCode(ctx.transport, status));
  if (message) expect(error!.message).toMatch(message);
}
