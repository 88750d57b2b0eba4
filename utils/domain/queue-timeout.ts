/**
 * How long a queued chat waits for an accept (ADR 001 `queueTimeoutSeconds`): once it is over,
 * the housekeeping schedule marks the chat missed and, when the visitor left an email, turns it
 * into an off-line message. LiveChat reassigns after 3 minutes, hence the default.
 */
import type { Chat, Workspace } from './model.ts';

export const QUEUE_TIMEOUT_MS = 180_000;

/** A workspace's queueTimeoutSeconds in ms; QUEUE_TIMEOUT_MS when unset. */
export function queueTimeoutMs(workspace: Pick<Workspace, 'queueTimeoutSeconds'> | undefined) {
  const seconds = workspace?.queueTimeoutSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : QUEUE_TIMEOUT_MS;
}

/** A chat still waiting in the queue when its time is up. */
export function isOverdue(
  chat: Pick<Chat, 'status' | 'createdAt'>,
  timeoutMs: number,
  now: Date,
): boolean {
  return chat.status === 'queued' && chat.createdAt.getTime() + timeoutMs <= now.getTime();
}
