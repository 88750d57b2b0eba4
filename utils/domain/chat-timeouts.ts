/**
 * The workspace's two chat timeouts (ADR 001) as an administrator sets them in the Control
 * Panel: how long a queued chat waits for an accept before it is marked missed, and how long a
 * `/t` transfer waits for `/a`. The bounds are firestore.rules' (validWorkspaceUpdate); keep the
 * two in step. The functions read the stored values through queueTimeoutMs/transferTimeoutMs.
 */
import type { Workspace } from './model.ts';
import { QUEUE_TIMEOUT_MS, queueTimeoutMs } from './queue-timeout.ts';
import { TRANSFER_TIMEOUT_MS, transferTimeoutMs } from './transfer.ts';
import type { Validation } from './validation.ts';

export interface ChatTimeouts {
  queueTimeoutSeconds: number;
  transferTimeoutSeconds: number;
}

export type ChatTimeoutField = keyof ChatTimeouts;

/** Whole seconds; the lower bounds keep a chat from lapsing before anyone could react. */
export const CHAT_TIMEOUT_BOUNDS: Record<
  ChatTimeoutField,
  { min: number; max: number; label: string }
> = {
  queueTimeoutSeconds: { min: 30, max: 3600, label: 'The queue timeout' },
  transferTimeoutSeconds: { min: 15, max: 600, label: 'The transfer timeout' },
};

export const DEFAULT_CHAT_TIMEOUTS: ChatTimeouts = {
  queueTimeoutSeconds: QUEUE_TIMEOUT_MS / 1000,
  transferTimeoutSeconds: TRANSFER_TIMEOUT_MS / 1000,
};

/** The timeouts in force for a workspace: the stored ones, else the defaults. */
export function chatTimeoutsOf(
  workspace: Pick<Workspace, ChatTimeoutField> | null | undefined,
): ChatTimeouts {
  return {
    queueTimeoutSeconds: queueTimeoutMs(workspace ?? undefined) / 1000,
    transferTimeoutSeconds: transferTimeoutMs(workspace ?? undefined) / 1000,
  };
}

/** One timeout as typed (a number input gives a string) or sent: whole seconds within bounds. */
export function validateChatTimeout(field: ChatTimeoutField, input: unknown): Validation<number> {
  const { min, max, label } = CHAT_TIMEOUT_BOUNDS[field];
  const text = typeof input === 'string' ? input.trim() : undefined;
  if (input === undefined || input === null || text === '')
    return { ok: false, message: `${label} is required.`, problem: { kind: 'required', field } };
  // Digits only for typed text: Number() would also take '0x1e', '1e2' or 'Infinity'.
  const value = text === undefined ? input : /^[+-]?\d+(\.\d*)?$/.test(text) ? Number(text) : NaN;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return {
      ok: false,
      message: `${label} must be a number of seconds.`,
      problem: { kind: 'not-seconds', field },
    };
  if (!Number.isInteger(value))
    return {
      ok: false,
      message: `${label} must be a whole number of seconds.`,
      problem: { kind: 'not-whole-seconds', field },
    };
  if (value < min || value > max)
    return {
      ok: false,
      message: `${label} must be between ${min} and ${max} seconds.`,
      problem: { kind: 'seconds-out-of-range', field, min, max },
    };
  return { ok: true, value };
}

/** Both timeouts; the first problem found (queue before transfer, as the form lists them). */
export function validateChatTimeouts(input: {
  queueTimeoutSeconds: unknown;
  transferTimeoutSeconds: unknown;
}): Validation<ChatTimeouts> {
  const queue = validateChatTimeout('queueTimeoutSeconds', input.queueTimeoutSeconds);
  if (!queue.ok) return queue;
  const transfer = validateChatTimeout('transferTimeoutSeconds', input.transferTimeoutSeconds);
  if (!transfer.ok) return transfer;
  return {
    ok: true,
    value: { queueTimeoutSeconds: queue.value, transferTimeoutSeconds: transfer.value },
  };
}
