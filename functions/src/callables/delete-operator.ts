import { FieldValue } from 'firebase-admin/firestore';
import type { DeleteOperatorResponse } from '../../../utils/domain/callables.ts';
import { routeChat } from '../../../utils/domain/routing.ts';
import { auth, db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { type BatchStep, commitSteps } from '../batches.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { addSystemMessage, chatRef, chatsCol } from '../data/chats.ts';
import { departmentsCol } from '../data/departments.ts';
import { operatorRef } from '../data/operators.ts';
import { presenceRef } from '../data/presence.ts';
import { offlineSettingsRef } from '../data/settings.ts';
import { urlRoutesCol } from '../data/url-routes.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { activeChatsOf } from '../operator-chats.ts';
import { assertAdminRemains } from '../operators.ts';
import { validateDeleteOperatorRequest } from '../requests.ts';
import { loadRoutingContext } from '../routing-context.ts';

/**
 * Admin removes an operator: their ongoing chats go back to the queue (offered to whoever can
 * take them now) or, with nobody available, are closed with a note to the visitor; offers,
 * transfers, department/route/recipient memberships and presence go; the Auth account is deleted
 * (the seat is freed). The last active admin can't be deleted.
 */
export const deleteOperator = callable(
  'deleteOperator',
  async (request): Promise<DeleteOperatorResponse> => {
    const { workspaceId: ws, uid } = valid(validateDeleteOperatorRequest(request.data));
    const caller = requireOperator(request, ws, 'admin');

    const target = await db().runTransaction(async (tx) => {
      const operator = (await tx.get(operatorRef(ws, uid))).data();
      if (!operator) fail('not-found', 'That operator does not exist in this workspace.');
      await assertAdminRemains(tx, ws, uid, { kind: 'delete' });
      // Gone from routing at once: nothing new is offered while the clean-up below runs.
      tx.update(operatorRef(ws, uid), { active: false });
      return operator;
    });

    const context = await loadRoutingContext(ws);
    context.operators = context.operators.filter((op) => op.id !== uid);
    const [owned, offered, transfersTo, departments, routes] = await Promise.all([
      activeChatsOf(ws, uid),
      chatsCol(ws).where('offeredTo', 'array-contains', uid).get(),
      chatsCol(ws).where('transfer.to', '==', uid).get(),
      departmentsCol(ws).where('operatorIds', 'array-contains', uid).get(),
      urlRoutesCol(ws).where('operatorIds', 'array-contains', uid).get(),
    ]);

    let requeuedChats = 0;
    let closedChats = 0;
    const writes: BatchStep[] = [];
    for (const doc of owned.docs) {
      const chat = doc.data();
      const routed = routeChat({
        ...context,
        pageUrl: chat.pageUrl,
        departmentId: chat.departmentId,
      });
      const candidates = routed.ok ? routed.candidates : [];
      if (candidates.length > 0) {
        requeuedChats++;
        writes.push((batch) => {
          batch.update(chatRef(ws, chat.id), {
            status: 'queued',
            operatorId: FieldValue.delete(),
            operatorName: FieldValue.delete(),
            offeredTo: candidates,
            transfer: FieldValue.delete(),
          });
          addSystemMessage(
            batch,
            ws,
            chat.id,
            `${target.displayName} left; waiting for another operator.`,
          );
        });
      } else {
        closedChats++;
        writes.push((batch) => {
          batch.update(chatRef(ws, chat.id), {
            status: 'closed',
            transfer: FieldValue.delete(),
            closedAt: FieldValue.serverTimestamp(),
          });
          addSystemMessage(
            batch,
            ws,
            chat.id,
            `${target.displayName} left and no other operator is available; the chat was closed.`,
          );
        });
      }
    }
    for (const doc of offered.docs) {
      writes.push((batch) => batch.update(doc.ref, { offeredTo: FieldValue.arrayRemove(uid) }));
    }
    for (const doc of transfersTo.docs) {
      if (owned.docs.some((o) => o.id === doc.id)) continue;
      writes.push((batch) => {
        batch.update(doc.ref, { transfer: FieldValue.delete() });
        addSystemMessage(batch, ws, doc.id, `The transfer to ${target.displayName} was withdrawn.`);
      });
    }
    for (const ref of [...departments.docs, ...routes.docs].map((doc) => doc.ref.path)) {
      writes.push((batch) =>
        batch.update(db().doc(ref), { operatorIds: FieldValue.arrayRemove(uid) }),
      );
    }
    writes.push((batch) => {
      batch.set(
        offlineSettingsRef(ws),
        { recipientIds: FieldValue.arrayRemove(uid) },
        { merge: true },
      );
      batch.delete(presenceRef(ws, uid));
      batch.delete(operatorRef(ws, uid));
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'operator.deleted',
          target: uid,
          details: { email: target.email, requeuedChats, closedChats },
        },
        batch,
      );
    });
    await commitSteps(writes);

    await auth()
      .deleteUser(uid)
      .catch((error: { code?: string }) => {
        if (error?.code !== 'auth/user-not-found') throw error;
      });
    return { uid, requeuedChats, closedChats };
  },
);
