import { FieldValue } from 'firebase-admin/firestore';
import type { DeleteOperatorResponse } from '../../../utils/domain/callables.ts';
import { auth, db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { type BatchStep, commitSteps } from '../batches.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { departmentsCol } from '../data/departments.ts';
import { operatorPrivateRef, operatorRef } from '../data/operators.ts';
import { presenceRef } from '../data/presence.ts';
import { offlineSettingsRef } from '../data/settings.ts';
import { sipAccountsCol } from '../data/sip-accounts.ts';
import { sipRegistrationRef } from '../data/sip-registrations.ts';
import { urlRoutesCol } from '../data/url-routes.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { handBackChats } from '../operator-chats.ts';
import { assertAdminRemains } from '../operators.ts';
import { validateDeleteOperatorRequest } from '../requests.ts';
import { recordSeats } from '../seats.ts';

/**
 * Admin removes an operator: their chats are handed back (operator-chats.ts: ongoing chats back
 * to the queue or closed, offers and transfers withdrawn); department/route/recipient
 * memberships and presence go; the Auth account is deleted (the seat is freed). The last active
 * admin can't be deleted.
 */
export const deleteOperator = callable(
  'deleteOperator',
  async (request): Promise<DeleteOperatorResponse> => {
    const { workspaceId: ws, uid } = valid(validateDeleteOperatorRequest(request.data));
    const caller = requireOperator(request, ws, 'admin');

    // The freed seat is recorded before and after (billing, ADR 005).
    await recordSeats(ws);
    const target = await db().runTransaction(async (tx) => {
      const operator = (await tx.get(operatorRef(ws, uid))).data();
      if (!operator)
        fail('not-found', 'That operator does not exist in this workspace.', {
          reason: 'operator-missing',
        });
      const email = (await tx.get(operatorPrivateRef(ws, uid))).data()?.email ?? '';
      await assertAdminRemains(tx, ws, uid, { kind: 'delete' });
      // Gone from routing at once: nothing new is offered while the clean-up below runs.
      tx.update(operatorRef(ws, uid), { active: false });
      return { ...operator, email };
    });

    const { requeuedChats, closedChats } = await handBackChats(ws, {
      uid,
      displayName: target.displayName,
    });

    const [departments, routes, sipAccounts] = await Promise.all([
      departmentsCol(ws).where('operatorIds', 'array-contains', uid).get(),
      urlRoutesCol(ws).where('operatorIds', 'array-contains', uid).get(),
      sipAccountsCol(ws).where('uid', '==', uid).get(),
    ]);
    const memberships = [...departments.docs, ...routes.docs].map((doc) => db().doc(doc.ref.path));
    const steps: BatchStep[] = memberships.map(
      (ref) => (batch) => batch.update(ref, { operatorIds: FieldValue.arrayRemove(uid) }),
    );
    steps.push((batch) => {
      batch.set(
        offlineSettingsRef(ws),
        { recipientIds: FieldValue.arrayRemove(uid) },
        { merge: true },
      );
      batch.delete(presenceRef(ws, uid));
      // Their SIP password and client bindings go too: the gateway refuses them from now on.
      for (const account of sipAccounts.docs) batch.delete(account.ref);
      batch.delete(sipRegistrationRef(ws, uid));
      batch.delete(operatorRef(ws, uid));
      batch.delete(operatorPrivateRef(ws, uid));
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
    await commitSteps(steps);
    await recordSeats(ws);

    await auth()
      .deleteUser(uid)
      .catch((error: { code?: string }) => {
        if (error?.code !== 'auth/user-not-found') throw error;
      });
    return { uid, requeuedChats, closedChats };
  },
);
