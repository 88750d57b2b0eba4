import type { Chat, Workspace } from '../../utils/domain/model.ts';

/** model.ts: a transfer request waits this long for `/a` unless the workspace says otherwise. */
export const DEFAULT_TRANSFER_TIMEOUT_SECONDS = 60;

export function transferExpiresAt(
  requestedAt: Date,
  timeoutSeconds = DEFAULT_TRANSFER_TIMEOUT_SECONDS,
): Date {
  return new Date(requestedAt.getTime() + timeoutSeconds * 1000);
}

/** When a chat's pending transfer lapses, per the workspace's transferTimeoutSeconds. */
export function transferDeadline(chat: Pick<Chat, 'transfer'>, workspace: Workspace | undefined) {
  return chat.transfer
    ? transferExpiresAt(chat.transfer.requestedAt, workspace?.transferTimeoutSeconds)
    : null;
}

/** A transfer that exists and has not lapsed at `now`. */
export function hasLiveTransfer(
  chat: Pick<Chat, 'transfer'>,
  workspace: Workspace | undefined,
  now: Date,
): boolean {
  const deadline = transferDeadline(chat, workspace);
  return deadline !== null && deadline.getTime() > now.getTime();
}
