import type { Chat } from '../../utils/domain/model.ts';

/**
 * What happens to one chat when an operator leaves (deleted or deactivated), so that no visitor
 * waits on someone who can no longer answer:
 * - requeue: their ongoing chat goes back to the queue, rung at whoever can take it now;
 * - close: their ongoing chat, with nobody else available, ends with a note to the visitor;
 * - withdrawOffer: a queued chat no longer rings them (and rings the others again when they were
 *   its only candidate);
 * - withdrawTransfer: a colleague's transfer request to them lapses.
 * null: the chat no longer involves them (it changed since it was found).
 */
export type HandBack =
  | { kind: 'requeue'; offeredTo: string[] }
  | { kind: 'close' }
  | { kind: 'withdrawOffer'; offeredTo: string[] }
  | { kind: 'withdrawTransfer' }
  | null;

type HandBackChat = Pick<Chat, 'status' | 'operatorId' | 'offeredTo' | 'transfer'>;

/** `candidates`: who routing would offer this chat to now, the leaving operator excluded. */
export function planHandBack(
  chat: HandBackChat,
  leaving: string,
  candidates: () => string[],
): HandBack {
  if (chat.status === 'active' && chat.operatorId === leaving) {
    const offeredTo = candidates();
    return offeredTo.length > 0 ? { kind: 'requeue', offeredTo } : { kind: 'close' };
  }
  if (chat.status === 'queued' && chat.offeredTo.includes(leaving)) {
    const others = chat.offeredTo.filter((uid) => uid !== leaving);
    return { kind: 'withdrawOffer', offeredTo: others.length > 0 ? others : candidates() };
  }
  if (chat.status === 'active' && chat.transfer?.to === leaving)
    return { kind: 'withdrawTransfer' };
  return null;
}

/** The notes the visitor (and the operators) read in the chat. */
export const handBackNotes = {
  requeue: (name: string) => `${name} left; waiting for another operator.`,
  close: (name: string) => `${name} left and no other operator is available; the chat was closed.`,
  withdrawTransfer: (name: string) => `The transfer to ${name} was withdrawn.`,
};
