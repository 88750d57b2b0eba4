import { FieldValue } from 'firebase-admin/firestore';
import type { StartChatResponse } from '../../../utils/domain/callables.ts';
import { START_CHAT_HOURLY_LIMIT, START_CHAT_LIMIT } from '../../../utils/domain/rate-limit.ts';
import { offerRing, routeChat } from '../../../utils/domain/routing.ts';
import { db } from '../admin.ts';
import { WIDGET_APP_CHECK } from '../app-check.ts';
import { requireSignedIn } from '../auth-guard.ts';
import { addressHashOf, refuseBlocked } from '../blocks.ts';
import { callable } from '../callable.ts';
import { addSystemMessage, chatsCol } from '../data/chats.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { consumeRateLimit } from '../rate-limit.ts';
import { validateStartChatRequest } from '../requests.ts';
import { loadRoutingContext } from '../routing-context.ts';
import { isWorkspaceLive, markOnboarding } from '../workspace-status.ts';

/**
 * A visitor (signed in anonymously) starts a chat: routed per the workspace's mode from the
 * routing summary (two reads, ADR 006) and rung at the least-loaded few candidates at once
 * (offerRing); with no candidate the widget shows the off-line form instead.
 */
export const startChat = callable(
  'startChat',
  async (request): Promise<StartChatResponse> => {
    const visitorUid = requireSignedIn(request);
    const input = valid(validateStartChatRequest(request.data));
    const ws = input.workspaceId;
    await refuseBlocked(ws, request, input.visitorEmail); // ADR 010
    const context = await loadRoutingContext(ws);
    if (!(await isWorkspaceLive(ws, context.workspace))) {
      fail('failed-precondition', 'Chat is not available on this website yet.');
    }

    const routed = routeChat({
      ...context,
      pageUrl: input.pageUrl,
      departmentId: input.departmentId,
    });
    if (!routed.ok) fail('not-found', routed.message);
    const offeredTo = offerRing(routed.candidates);
    if (offeredTo.length === 0) return { offline: true };

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
    const batch = db().batch();
    batch.set(chat, {
      id: chat.id,
      visitor: { uid: visitorUid, name: input.visitorName, email: input.visitorEmail },
      departmentId: context.mode === 'departments' ? input.departmentId : undefined,
      pageUrl: input.pageUrl,
      referrer: input.referrer,
      status: 'queued',
      offeredTo,
      createdAt: now,
      lastMessageAt: now,
    });
    addSystemMessage(batch, ws, chat.id, `${input.visitorName} is waiting for an operator.`);
    await batch.commit();
    await markOnboarding(ws, context.workspace, 'chat', input.pageUrl);
    return { chatId: chat.id };
  },
  WIDGET_APP_CHECK,
);
