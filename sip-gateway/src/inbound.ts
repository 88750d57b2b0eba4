/**
 * An instant message (RFC 3428) from an operator's SIP client to a chat's address
 * (sip:chat-<id>@<ws>.<domain>): checked (type, size, sender, the chat being theirs), then run
 * (chat-actions.ts). Refusals are SIP errors with a Warning and change nothing; the text of a
 * refusal is also sent back as a MESSAGE from the chat, since clients show messages better than
 * failed-delivery marks.
 */
import type { SipRequest } from 'sip';
import { chatRef } from '../../functions/src/data/chats.ts';
import { isHttpsError } from '../../functions/src/errors.ts';
import { chatIdOf } from '../../utils/domain/sip.ts';
import { LIMITS } from '../../utils/domain/validation.ts';
import type { Operator } from './authenticate.ts';
import { holds, runChatLine } from './chat-actions.ts';
import { bodyBytes, type Reply, uriOf } from './sip-io.ts';

/** Bytes a MESSAGE body may have: the longest chat message in 4-byte characters, with room. */
export const MAX_MESSAGE_BYTES = LIMITS.messageText * 4;

/** HttpsError codes (the callables' refusals) as SIP responses. */
const SIP_STATUS: Record<string, [number, string]> = {
  'invalid-argument': [400, 'Bad Request'],
  'already-exists': [400, 'Bad Request'],
  'permission-denied': [403, 'Forbidden'],
  unauthenticated: [403, 'Forbidden'],
  'not-found': [404, 'Not Found'],
  'failed-precondition': [488, 'Not Acceptable Here'],
  'resource-exhausted': [486, 'Busy Here'],
};

/** Checks that need no database: content type and size. Null when the request may go on. */
export function checkMessageShape(request: SipRequest): Reply | null {
  const type = (request.headers['content-type'] ?? '').toLowerCase().split(';')[0]!.trim();
  if (type !== 'text/plain') {
    return {
      status: 415,
      reason: 'Unsupported Media Type',
      headers: { accept: 'text/plain' },
      warning: 'Only text/plain messages are supported',
    };
  }
  const body = bodyBytes(request);
  const declared = request.headers['content-length'];
  if (declared !== undefined && declared !== body.length) {
    return {
      status: 400,
      reason: 'Bad Request',
      warning: 'Content-Length does not match the body',
    };
  }
  if (body.length > MAX_MESSAGE_BYTES) {
    return {
      status: 413,
      reason: 'Request Entity Too Large',
      warning: `Messages are limited to ${LIMITS.messageText} characters`,
    };
  }
  return null;
}

export interface InboundResult {
  reply: Reply;
  /** Text to send back to the client from the chat's address (why it was refused). */
  notice?: { chatId: string; text: string };
}

export async function handleMessage(
  request: SipRequest,
  operator: Operator,
): Promise<InboundResult> {
  const target = uriOf(request.uri);
  const chatId = target?.user ? chatIdOf(target.user) : null;
  if (!target || !chatId || target.host.toLowerCase() !== operator.domain) {
    return { reply: { status: 404, reason: 'Not Found', warning: 'No such chat address' } };
  }
  const chat = (await chatRef(operator.ws, chatId).get()).data();
  if (!chat) return { reply: { status: 404, reason: 'Not Found', warning: 'No such chat' } };
  if (!holds(chat, operator.uid)) {
    return { reply: { status: 403, reason: 'Forbidden', warning: 'This chat is not yours' } };
  }
  const text = bodyBytes(request).toString('utf8');
  try {
    await runChatLine(operator, chat, text);
    return { reply: { status: 200, reason: 'OK' } };
  } catch (error) {
    if (!isHttpsError(error)) throw error;
    const [status, reason] = SIP_STATUS[error.code] ?? [500, 'Server Internal Error'];
    return {
      reply: { status, reason, warning: error.message },
      notice: { chatId, text: `⚠ ${error.message}` },
    };
  }
}
