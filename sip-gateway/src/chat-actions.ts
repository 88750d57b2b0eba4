/**
 * What a line sent to a chat's SIP address does, through the same code the console's callables
 * run (callable().runAs with the operator the digest authenticated) and the same parsing as the
 * composer (utils/domain). Nothing here decides who may do what: the callables and the chat's
 * state do, and their refusals come back as HttpsErrors that inbound.ts turns into SIP answers.
 */
import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../../functions/src/admin.ts';
import type { CallerRequest } from '../../functions/src/callable.ts';
import { acceptChat } from '../../functions/src/callables/accept-chat.ts';
import { acceptTransfer } from '../../functions/src/callables/accept-transfer.ts';
import { closeChat } from '../../functions/src/callables/close-chat.ts';
import { requestTransfer } from '../../functions/src/callables/request-transfer.ts';
import { cannedResponsesCol } from '../../functions/src/data/canned-responses.ts';
import { chatMessagesCol, chatRef } from '../../functions/src/data/chats.ts';
import { fail } from '../../functions/src/errors.ts';
import type { Chat, WithId } from '../../utils/domain/model.ts';
import { parseSipChatText } from '../../utils/domain/sip.ts';
import { parseComposerInput, resolveComposerInput } from '../../utils/domain/slash-commands.ts';
import { validateMessageText } from '../../utils/domain/validation.ts';
import type { Operator } from './authenticate.ts';

/** The request a callable would get from this operator's ID token (claims {ws, role}). */
const as = (operator: Operator, data: unknown): CallerRequest => ({
  data,
  auth: { uid: operator.uid, token: { ws: operator.ws, role: operator.role } },
});

/** Does the operator hold this chat: theirs, offered to them, or being transferred to them? */
export function holds(chat: Chat, uid: string): boolean {
  return (
    (chat.status === 'active' && chat.operatorId === uid) ||
    (chat.status === 'queued' && chat.offeredTo.includes(uid)) ||
    (chat.status === 'active' && chat.transfer?.to === uid)
  );
}

export type ActionResult = { done: string };

/** Runs one line from the SIP client against chat `chat`; throws an HttpsError (fail) when refused. */
export async function runChatLine(
  operator: Operator,
  chat: WithId<Chat>,
  text: string,
): Promise<ActionResult> {
  const workspaceId = operator.ws;
  const chatId = chat.id;
  const intent = parseSipChatText(text);
  if (intent.kind === 'accept') {
    if (chat.status === 'queued') {
      await acceptChat.runAs(as(operator, { workspaceId, chatId }));
      return { done: 'accepted' };
    }
    if (chat.transfer?.to === operator.uid) {
      await acceptTransfer.runAs(as(operator, { workspaceId, chatId }));
      return { done: 'transfer accepted' };
    }
    fail('failed-precondition', 'There is nothing to accept in this chat.', {
      reason: 'nothing-to-accept',
    });
  }
  if (chat.status !== 'active' || chat.operatorId !== operator.uid) {
    fail('failed-precondition', 'Accept the chat first: reply /a.', { reason: 'accept-first' });
  }
  if (intent.kind === 'close') {
    await closeChat.runAs(as(operator, { workspaceId, chatId }));
    return { done: 'closed' };
  }
  const parsed = parseComposerInput(intent.raw);
  if (parsed.kind === 'transfer') {
    await requestTransfer.runAs(as(operator, { workspaceId, chatId, toName: parsed.name }));
    return { done: 'transfer requested' };
  }
  const canned =
    parsed.kind === 'canned'
      ? (await cannedResponsesCol(workspaceId).get()).docs.map((d) => d.data())
      : [];
  const action = resolveComposerInput(intent.raw, {
    canned,
    operators: [],
    selfUid: operator.uid,
    selfName: operator.displayName,
    visitorName: chat.visitor.name,
  });
  if (action.kind === 'error') fail('invalid-argument', action.message, action.details);
  if (action.kind !== 'send')
    fail('invalid-argument', 'Type a message to send.', { reason: 'nothing-to-send' });
  await sendOperatorMessage(operator, chatId, action.text);
  return { done: action.cannedShortcut ? `sent /${action.cannedShortcut}` : 'sent' };
}

/**
 * The operator's message, as the console writes it (utils/data/messages.ts operatorMessageData
 * and the rules' shape) with the chat's lastMessageAt, in a transaction that re-checks the chat
 * is still theirs and open.
 */
export async function sendOperatorMessage(operator: Operator, chatId: string, raw: string) {
  const checked = validateMessageText(raw);
  if (!checked.ok)
    fail('invalid-argument', checked.message, {
      reason: 'invalid-input',
      problem: checked.problem,
    });
  const ref = chatRef(operator.ws, chatId);
  await db().runTransaction(async (tx) => {
    const chat = (await tx.get(ref)).data();
    if (chat?.status !== 'active' || chat.operatorId !== operator.uid) {
      fail('failed-precondition', 'This chat is no longer yours.', {
        reason: 'chat-no-longer-yours',
      });
    }
    const message = chatMessagesCol(operator.ws, chatId).doc();
    tx.set(message, {
      id: message.id,
      from: { kind: 'operator', uid: operator.uid, name: operator.displayName },
      text: checked.value,
      sentAt: FieldValue.serverTimestamp(),
    });
    tx.update(ref, { lastMessageAt: FieldValue.serverTimestamp() });
  });
}
