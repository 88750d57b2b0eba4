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

/**
 * A chat still waiting in the queue when its time is up, counted from when it (last) entered
 * the queue: a chat handed back by an operator who left gets the full time again.
 */
export function isOverdue(
  chat: Pick<Chat, 'status' | 'createdAt' | 'queuedAt'>,
  timeoutMs: number,
  now: Date,
): boolean {
  const since = chat.queuedAt ?? chat.createdAt;
  return chat.status === 'queued' && since.getTime() + timeoutMs <= now.getTime();
}
