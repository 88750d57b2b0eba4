import type { Workspace } from '../../utils/domain/model.ts';
import { isRefusal, type Refusal, TRANSFER_TIMEOUT_MS } from '../../utils/domain/transfer.ts';
import { fail } from './errors.ts';

/** A workspace's transferTimeoutSeconds as the domain's timeout in ms (default 60 s). */
export function transferTimeoutMs(
  workspace: Pick<Workspace, 'transferTimeoutSeconds'> | undefined,
) {
  const seconds = workspace?.transferTimeoutSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : TRANSFER_TIMEOUT_MS;
}

/** Answers a domain refusal as the HttpsError it names. */
export function refuse(refusal: Refusal | null): void {
  if (refusal) fail(refusal.code, refusal.message);
}

/** The chosen value, or the refusal answered as an HttpsError. */
export function unlessRefused<T>(value: T | Refusal): T {
  if (isRefusal(value)) fail(value.code, value.message);
  return value as T;
}
