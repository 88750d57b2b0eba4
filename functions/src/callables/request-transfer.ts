import { FieldValue } from 'firebase-admin/firestore';
import type { RequestTransferResponse } from '../../../utils/domain/callables.ts';
import { effectivePresence } from '../../../utils/domain/presence.ts';
import { resolveTransferTarget } from '../../../utils/domain/slash-commands.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat } from '../chat-ops.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateRequestTransferRequest } from '../requests.ts';
import { loadRoutingContext } from '../routing-context.ts';
import { hasLiveTransfer, transferExpiresAt } from '../transfers.ts';

/**
 * `/t Name`: the chat's operator (or an admin) asks another operator to take the chat over. The
 * name resolves case-insensitively (slash-commands.ts); unknown, ambiguous or self is
 * invalid-argument, an offline or deactivated operator failed-precondition, each with a message
 * the composer shows inline. The receiver accepts with `/a` before the transfer lapses.
 */
export const requestTransfer = callable(
  'requestTransfer',
  async (request): Promise<RequestTransferResponse> => {
    const { workspaceId: ws, chatId, toName } = valid(validateRequestTransferRequest(request.data));
    const caller = requireOperator(request, ws);
    const context = await loadRoutingContext(ws);
    const now = context.now;
    const resolution = resolveTransferTarget(
      toName,
      context.operators.map((op) => ({
        uid: op.id,
        displayName: op.displayName,
        email: op.email,
        active: op.active,
        presence: effectivePresence(context.presence[op.id], now),
      })),
      caller.uid,
    );
    if (!resolution.ok) {
      const refusal = resolution.reason === 'offline' || resolution.reason === 'inactive';
      fail(refusal ? 'failed-precondition' : 'invalid-argument', resolution.message);
    }
    const target = { uid: resolution.operator.uid, name: resolution.operator.displayName };

    await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      const workspace = (await tx.get(workspaceRef(ws))).data();
      if (chat.status !== 'active')
        fail('failed-precondition', 'Only an ongoing chat can be transferred.');
      if (chat.operatorId !== caller.uid && caller.role !== 'admin') {
        fail('permission-denied', 'Only the operator of this chat can transfer it.');
      }
      if (chat.operatorId === target.uid) {
        fail('invalid-argument', `${target.name} already has this chat.`);
      }
      if (hasLiveTransfer(chat, workspace, now)) {
        const pendingTo = context.operatorNames[chat.transfer?.to ?? ''] ?? 'another operator';
        fail('failed-precondition', `A transfer to ${pendingTo} is already waiting.`);
      }
      tx.update(chatRef(ws, chatId), {
        transfer: {
          from: chat.operatorId ?? caller.uid,
          to: target.uid,
          requestedAt: FieldValue.serverTimestamp(),
        },
      });
      const fromName = context.operatorNames[chat.operatorId ?? caller.uid] ?? 'The operator';
      addSystemMessage(tx, ws, chatId, `${fromName} asked ${target.name} to take over the chat.`);
    });
    return {
      chatId,
      to: target.uid,
      expiresAt: transferExpiresAt(now, context.workspace.transferTimeoutSeconds).toISOString(),
    };
  },
);
