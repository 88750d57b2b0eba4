/**
 * Chat transfer (the seed manual: `/t OperatorName`, the transferee accepts with `/a`), as a
 * small state machine the callables run inside their transactions:
 *
 *   none --request--> pending --accept--> none (operatorId = to)
 *                        |------decline (by `to`) / cancel (by `from`) / timeout--> none
 *
 * Peers transfer instantly; Parley lets the receiver accept or decline (Rocket.Chat #3915), never
 * transfers to an offline operator (#15875), and a request lapses after a timeout.
 */
import type { CallableErrorCode } from './callables.ts';
import type { Chat, ChatTransfer, PresenceState, Role, Workspace } from './model.ts';
import type { RefusalDetails } from './refusals.ts';

/**
 * How long a request waits for /a when the workspace sets no transferTimeoutSeconds
 * (docs/architecture.md "Transfers"; peers ring for 30 s per agent).
 */
export const TRANSFER_TIMEOUT_MS = 60_000;

/** A workspace's transferTimeoutSeconds (ADR 001) in ms; TRANSFER_TIMEOUT_MS when unset. */
export function transferTimeoutMs(
  workspace: Pick<Workspace, 'transferTimeoutSeconds'> | undefined,
): number {
  const seconds = workspace?.transferTimeoutSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : TRANSFER_TIMEOUT_MS;
}

/** When a transfer request lapses. */
export function transferExpiresAt(
  transfer: Pick<ChatTransfer, 'requestedAt'>,
  timeoutMs = TRANSFER_TIMEOUT_MS,
): Date {
  return new Date(transfer.requestedAt.getTime() + timeoutMs);
}

export interface TransferActor {
  uid: string;
  role: Role;
}

export interface Refusal {
  code: CallableErrorCode;
  message: string;
  details: RefusalDetails;
}

type TransferChat = Pick<Chat, 'status' | 'operatorId' | 'transfer'>;

export type TransferState =
  | { kind: 'none' }
  | { kind: 'pending'; transfer: ChatTransfer; expiresAt: Date }
  | { kind: 'expired'; transfer: ChatTransfer };

export function transferState(
  chat: Pick<Chat, 'transfer'>,
  now: Date,
  timeoutMs = TRANSFER_TIMEOUT_MS,
): TransferState {
  const transfer = chat.transfer;
  if (!transfer) return { kind: 'none' };
  const expiresAt = transferExpiresAt(transfer, timeoutMs);
  return now.getTime() < expiresAt.getTime()
    ? { kind: 'pending', transfer, expiresAt }
    : { kind: 'expired', transfer };
}

/**
 * May `actor` ask to hand this chat to `target`? The chat's operator (or an admin) asks, the chat
 * is active, the target is someone else who is online or away and has an active account, and
 * no other request is still pending (an expired one is simply replaced).
 */
export function requestTransferRefusal(
  chat: TransferChat,
  actor: TransferActor,
  target: { uid: string; active: boolean; presence: PresenceState; displayName: string },
  now: Date,
  timeoutMs = TRANSFER_TIMEOUT_MS,
): Refusal | null {
  if (chat.status !== 'active')
    return {
      code: 'failed-precondition',
      message: 'Only an active chat can be transferred.',
      details: { reason: 'transfer-inactive-chat' },
    };
  if (chat.operatorId !== actor.uid && actor.role !== 'admin')
    return {
      code: 'permission-denied',
      message: 'Only the operator of this chat can transfer it.',
      details: { reason: 'transfer-not-yours' },
    };
  if (target.uid === chat.operatorId)
    return {
      code: 'failed-precondition',
      message: `${target.displayName} already has this chat.`,
      details: { reason: 'transfer-has-chat', name: target.displayName },
    };
  if (!target.active)
    return {
      code: 'failed-precondition',
      message: `${target.displayName}'s account is deactivated; choose someone else.`,
      details: { reason: 'transfer-deactivated', name: target.displayName },
    };
  if (target.presence === 'offline')
    return {
      code: 'failed-precondition',
      message: `${target.displayName} is offline; a chat can only go to someone online or away.`,
      details: { reason: 'transfer-offline', name: target.displayName },
    };
  if (transferState(chat, now, timeoutMs).kind === 'pending')
    return {
      code: 'failed-precondition',
      message: 'A transfer of this chat is already waiting for an answer.',
      details: { reason: 'transfer-pending' },
    };
  return null;
}

/** The new transfer field for a granted request. */
export function newTransfer(from: string, to: string, now: Date): ChatTransfer {
  return { from, to, requestedAt: now };
}

/** May `actor` accept (`/a`) the pending transfer of this chat? Only its addressee, in time. */
export function acceptTransferRefusal(
  chat: TransferChat,
  actor: TransferActor,
  now: Date,
  timeoutMs = TRANSFER_TIMEOUT_MS,
): Refusal | null {
  const state = transferState(chat, now, timeoutMs);
  if (state.kind === 'none')
    return {
      code: 'failed-precondition',
      message: 'There is no transfer to accept.',
      details: { reason: 'no-transfer-to-accept' },
    };
  if (state.transfer.to !== actor.uid)
    return {
      code: 'permission-denied',
      message: 'This transfer is offered to someone else.',
      details: { reason: 'transfer-for-someone-else' },
    };
  if (state.kind === 'expired')
    return {
      code: 'failed-precondition',
      message: 'The transfer request has expired.',
      details: { reason: 'transfer-expired' },
    };
  if (chat.status !== 'active')
    return {
      code: 'failed-precondition',
      message: 'The chat has ended.',
      details: { reason: 'chat-ended' },
    };
  if (chat.operatorId !== state.transfer.from)
    return {
      code: 'failed-precondition',
      message: 'The chat changed hands meanwhile; the request no longer applies.',
      details: { reason: 'chat-changed-hands' },
    };
  return null;
}

/**
 * An accept repeated after the first one went through (the caller's connection dropped before
 * the answer came): the chat is already theirs and nothing is pending, so there is nothing to do.
 */
export function transferAlreadyAccepted(chat: TransferChat, actor: TransferActor): boolean {
  return chat.status === 'active' && !chat.transfer && chat.operatorId === actor.uid;
}

/**
 * May `actor` decline (the addressee), cancel (the requester) or clear (an admin) the transfer?
 * An expired request may be cleared by any of them.
 */
export function declineTransferRefusal(chat: TransferChat, actor: TransferActor): Refusal | null {
  if (!chat.transfer)
    return {
      code: 'failed-precondition',
      message: 'There is no transfer to decline.',
      details: { reason: 'no-transfer-to-decline' },
    };
  const { from, to } = chat.transfer;
  if (actor.uid !== to && actor.uid !== from && actor.role !== 'admin')
    return {
      code: 'permission-denied',
      message: 'This transfer is not yours to decline.',
      details: { reason: 'transfer-not-yours-to-decline' },
    };
  return null;
}

/**
 * For `/a` without a chat id: the one chat whose pending transfer is addressed to me. None or
 * several -> a clear refusal (the banner's Accept button names the chat instead).
 */
export function pickTransferToAccept<C extends TransferChat & { id: string }>(
  chats: readonly C[],
  uid: string,
  now: Date,
  timeoutMs = TRANSFER_TIMEOUT_MS,
): C | Refusal {
  const waiting = chats.filter((chat) => {
    const state = transferState(chat, now, timeoutMs);
    return state.kind === 'pending' && state.transfer.to === uid && chat.status === 'active';
  });
  if (waiting.length === 1) return waiting[0]!;
  if (waiting.length === 0)
    return {
      code: 'failed-precondition',
      message: 'No transfer is waiting for you.',
      details: { reason: 'no-transfer-waiting' },
    };
  return {
    code: 'failed-precondition',
    message: `${waiting.length} transfers are waiting for you; accept one from its banner.`,
    details: { reason: 'transfers-waiting', count: waiting.length },
  };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** System notes written into the chat (visible to the visitor too, so no uids). */
export const transferNotes = {
  requested: (fromName: string, toName: string) =>
    `${fromName} asked ${toName} to take over this chat.`,
  accepted: (fromName: string, toName: string) => `${fromName} transferred the chat to ${toName}.`,
  declined: (toName: string) => `${toName} declined the transfer.`,
  cancelled: (fromName: string) => `${fromName} cancelled the transfer.`,
  expired: (toName: string) => `The transfer to ${toName} expired without an answer.`,
};
