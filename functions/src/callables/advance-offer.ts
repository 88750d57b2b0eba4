import type { AdvanceOfferResponse } from '../../../utils/domain/callables.ts';
import { operatorOf, requireSignedIn } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { chatRef } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { advanceOffer as moveOn } from '../offers.ts';
import { validateChatRequest } from '../requests.ts';

/**
 * A one-at-a-time offer reached its deadline (ADR 008): the waiting visitor's widget asks at that
 * moment, so the next operator is rung within a second instead of at housekeeping's next minute.
 * The deadline is the server's: asking early, twice or for an answered chat changes nothing.
 */
export const advanceOffer = callable(
  'advanceOffer',
  async (request): Promise<AdvanceOfferResponse> => {
    const { workspaceId: ws, chatId } = valid(validateChatRequest(request.data));
    const uid = requireSignedIn(request);
    if (!operatorOf(request, ws)) {
      const chat = (await chatRef(ws, chatId).get()).data();
      if (!chat) fail('not-found', 'That chat does not exist.', { reason: 'chat-missing' });
      if (chat.visitor.uid !== uid)
        fail('permission-denied', 'This is not your chat.', { reason: 'not-your-chat' });
    }
    return { chatId, moved: await moveOn(ws, chatId) };
  },
);
