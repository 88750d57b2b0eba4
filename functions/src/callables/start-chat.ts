import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { StartChatResponse } from '../../../utils/domain/callables.ts';
import { START_CHAT_HOURLY_LIMIT, START_CHAT_LIMIT } from '../../../utils/domain/rate-limit.ts';
import { db } from '../admin.ts';
import { WIDGET_APP_CHECK } from '../app-check.ts';
import { requireSignedIn } from '../auth-guard.ts';
import { addressHashOf, refuseBlocked } from '../blocks.ts';
import { callable } from '../callable.ts';
import { addSystemMessage, chatsCol } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { drainQueue, enqueue, offerFields, placeChat, readQueue } from '../offers.ts';
import { consumeRateLimit } from '../rate-limit.ts';
import { validateStartChatRequest } from '../requests.ts';
import { loadRoutingContext } from '../routing-context.ts';
import { isWorkspaceLive, markOnboarding } from '../workspace-status.ts';

/**
 * A visitor (signed in anonymously) starts a chat: routed per the workspace's mode from the
 * routing summary (two reads, ADR 006) and offered per its offer mode (ADR 008); when everyone
 * who may take it is busy it waits in the queue; with nobody online the widget shows the
 * off-line form instead.
 */
export const startChat = callable(
  'startChat',
  async (request): Promise<StartChatResponse> => {
    const visitorUid = requireSignedIn(request);
    const input = valid(validateStartChatRequest(request.data));
    const ws = input.workspaceId;
    const context = await loadRoutingContext(ws);
    if (!(await isWorkspaceLive(ws, context.workspace))) {
      fail('failed-precondition', 'Chat is not available on this website yet.', {
        reason: 'chat-not-live',
      });
    }

    const placed = placeChat(context, input);
    if (placed.kind === 'unknown-department')
      fail('not-found', placed.message, { reason: 'department-missing' });
    if (placed.kind === 'nobody') return { offline: true };

    await consumeRateLimit(
      ws,
      visitorUid,
      'startChat',
      [START_CHAT_LIMIT, START_CHAT_HOURLY_LIMIT],
      'chats started',
      Date.now(),
      addressHashOf(ws, request),
    );

    const chat = chatsCol(ws).doc();
    const now = FieldValue.serverTimestamp();
    const fields = {
      id: chat.id,
      visitor: { uid: visitorUid, name: input.visitorName, email: input.visitorEmail },
      departmentId: context.mode === 'departments' ? input.departmentId : undefined,
      pageUrl: input.pageUrl,
      referrer: input.referrer,
      status: 'queued' as const,
      createdAt: now,
      lastMessageAt: now,
    };
    const waitingNote = `${input.visitorName} is waiting for an operator.`;
    // The block check reads the block summary in the transaction that creates the chat, so a
    // block and a chat start are serialised: either the chat exists when blockVisitor closes the
    // visitor's chats, or this call sees the block. The rules then refuse a blocked visitor's
    // messages by the chat's status alone (ADR 010).
    if (placed.kind === 'offer') {
      const { offeredTo, offerExpiresAt } = offerFields(placed.offer);
      await db().runTransaction(async (tx) => {
        await refuseBlocked(ws, request, input.visitorEmail, tx);
        tx.set(chat, {
          ...fields,
          offeredTo,
          ...(offerExpiresAt instanceof Timestamp ? { offerExpiresAt } : {}),
        });
        addSystemMessage(tx, ws, chat.id, waitingNote);
      });
    } else {
      // Everyone who may take it is busy: it joins the queue (ADR 008), and a slot that freed
      // while this call ran is put to use at once.
      await db().runTransaction(async (tx) => {
        await refuseBlocked(ws, request, input.visitorEmail, tx);
        const queue = await readQueue(tx, ws);
        tx.set(chat, { ...fields, offeredTo: [], queuedAt: Timestamp.fromDate(context.now) });
        enqueue(tx, ws, queue, chat.id, placed.pool, context.now);
        addSystemMessage(tx, ws, chat.id, waitingNote);
      });
      await drainQueue(ws);
    }
    await markOnboarding(ws, context.workspace, 'chat', input.pageUrl);
    return { chatId: chat.id };
  },
  WIDGET_APP_CHECK,
);
