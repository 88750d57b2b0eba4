import type { RequestTransferResponse } from '../../../utils/domain/callables.ts';
import { effectivePresence } from '../../../utils/domain/presence.ts';
import {
  newTransfer,
  requestTransferRefusal,
  transferExpiresAt,
  transferNotes,
  transferTimeoutMs,
} from '../../../utils/domain/transfer.ts';
import { resolveTransferTarget } from '../../../utils/domain/transfer-target.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { getChat } from '../chat-ops.ts';
import { writeAudit } from '../data/audit-log.ts';
import { addSystemMessage, chatRef } from '../data/chats.ts';
import { operatorEmails } from '../data/operators.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { refuse } from '../refusals.ts';
import { validateRequestTransferRequest } from '../requests.ts';
import { loadTeamContext } from '../routing-context.ts';

/**
 * `/t Name`: the chat's operator (or an admin) asks another operator to take the chat over. The
 * name resolves as the composer resolves it (slash-commands.ts); unknown, ambiguous or self is
 * invalid-argument, an offline or deactivated operator failed-precondition, each with a message
 * the composer shows inline. The receiver accepts with `/a` before the request lapses.
 */
export const requestTransfer = callable(
  'requestTransfer',
  async (request): Promise<RequestTransferResponse> => {
    const { workspaceId: ws, chatId, toName } = valid(validateRequestTransferRequest(request.data));
    const caller = requireOperator(request, ws);
    // Emails too: the composer resolves "/t name" by full name or email address.
    const [context, emails] = await Promise.all([loadTeamContext(ws), operatorEmails(ws)]);
    const { now } = context;
    const presenceOf = (uid: string) => effectivePresence(context.presence[uid], now);
    const resolution = resolveTransferTarget(
      toName,
      context.operators.map((op) => ({
        uid: op.id,
        displayName: op.displayName,
        email: emails[op.id] ?? '',
        active: op.active,
        presence: presenceOf(op.id),
      })),
      caller.uid,
    );
    if (!resolution.ok) {
      const refusal = resolution.reason === 'offline' || resolution.reason === 'inactive';
      fail(
        refusal ? 'failed-precondition' : 'invalid-argument',
        resolution.message,
        resolution.details,
      );
    }
    const target = resolution.operator;
    const timeoutMs = transferTimeoutMs(context.workspace);

    const transfer = await db().runTransaction(async (tx) => {
      const chat = await getChat(tx, ws, chatId);
      refuse(
        requestTransferRefusal(
          chat,
          caller,
          {
            uid: target.uid,
            active: target.active !== false,
            presence: target.presence,
            displayName: target.displayName,
          },
          now,
          timeoutMs,
        ),
      );
      const from = chat.operatorId ?? caller.uid;
      const created = newTransfer(from, target.uid, now);
      tx.update(chatRef(ws, chatId), { transfer: created });
      const fromName = context.operatorNames[from] ?? 'The operator';
      addSystemMessage(tx, ws, chatId, transferNotes.requested(fromName, target.displayName));
      // Transfers move a visitor's conversation between people: always on the record.
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'transfer.requested',
          target: chatId,
          details: { from, to: target.uid },
        },
        tx,
      );
      return created;
    });
    return {
      chatId,
      to: target.uid,
      expiresAt: transferExpiresAt(transfer, timeoutMs).toISOString(),
    };
  },
);
