/**
 * Errors as every transport renders them. The core throws FirestoreError; anything else is a bug
 * and becomes INTERNAL with its message, so a client sees why instead of a dropped connection.
 */
import { FirestoreError, STATUS_CODES, type StatusCode } from '../core/api.ts';

export interface RpcStatus {
  status: Exclude<StatusCode, 'OK'>;
  code: number;
  message: string;
}

export function toRpcStatus(error: unknown): RpcStatus {
  if (error instanceof FirestoreError) {
    return { status: error.status, code: error.code, message: error.message };
  }
  // A FirestoreError from a second copy of the module (e.g. tests importing the source twice).
  if (isStatusLike(error)) {
    return {
      status: error.status,
      code: STATUS_CODES.indexOf(error.status),
      message: error.message,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'INTERNAL', code: STATUS_CODES.indexOf('INTERNAL'), message };
}

export function invalidArgument(message: string): FirestoreError {
  return new FirestoreError('INVALID_ARGUMENT', message);
}

function isStatusLike(
  error: unknown,
): error is { status: Exclude<StatusCode, 'OK'>; message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { status, message } = error as { status?: unknown; message?: unknown };
  return (
    typeof status === 'string' &&
    status !== 'OK' &&
    (STATUS_CODES as readonly string[]).includes(status) &&
    typeof message === 'string'
  );
}

/** HTTP status for a gRPC status, as Google's REST front end maps them (google.rpc.Code docs). */
const HTTP_STATUS: Record<Exclude<StatusCode, 'OK'>, number> = {
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
  UNAUTHENTICATED: 401,
};

export function httpStatusOf(status: Exclude<StatusCode, 'OK'>): number {
  return HTTP_STATUS[status];
}

/** The REST error body: `{"error":{"code":<http>,"message":...,"status":"PERMISSION_DENIED"}}`. */
export function restErrorBody(status: RpcStatus): {
  error: { code: number; message: string; status: string };
} {
  return {
    error: { code: httpStatusOf(status.status), message: status.message, status: status.status },
  };
}
