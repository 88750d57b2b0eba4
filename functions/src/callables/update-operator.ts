import type { UpdateRequest } from 'firebase-admin/auth';
import type { UpdateOperatorResponse } from '../../../utils/domain/callables.ts';
import type { OperatorClaims } from '../../../utils/domain/model.ts';
import { operatorUpdateError } from '../../../utils/domain/permissions.ts';
import { auth, db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { operatorPrivateRef, operatorRef } from '../data/operators.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { handBackChats, renameOnChats } from '../operator-chats.ts';
import { assertAdminRemains, assertEmailFree, assertPasswordAcceptable } from '../operators.ts';
import { validateUpdateOperatorRequest } from '../requests.ts';
import { recordSeats } from '../seats.ts';

const UPDATABLE_FIELDS = [
  'displayName',
  'email',
  'role',
  'active',
  'maxChats',
  'password',
] as const;

/**
 * Admin: any field of any operator of the workspace. An operator: their own display name and
 * password only. The last active admin can't be demoted or deactivated. A demotion or a
 * deactivation revokes the account's sessions, so the old claims stop working at the next refresh;
 * a deactivated operator's chats are handed back at once, as when deleted (operator-chats.ts).
 */
export const updateOperator = callable(
  'updateOperator',
  async (request): Promise<UpdateOperatorResponse> => {
    const input = valid(validateUpdateOperatorRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws);
    const fields = UPDATABLE_FIELDS.filter((field) => input[field] !== undefined);
    const forbidden = operatorUpdateError(caller, input.uid, fields);
    if (forbidden) fail('permission-denied', forbidden.message, forbidden.details);
    if (input.email !== undefined) await assertEmailFree(input.email, input.uid);

    const ref = operatorRef(ws, input.uid);
    const privateRef = operatorPrivateRef(ws, input.uid);
    // A change of the active seats is recorded before and after it (billing, ADR 005).
    const seatsChange = input.active !== undefined;
    if (seatsChange) await recordSeats(ws);
    const before = await db().runTransaction(async (tx) => {
      const [current, privateFields] = await Promise.all([
        tx.get(ref).then((snapshot) => snapshot.data()),
        tx.get(privateRef).then((snapshot) => snapshot.data()),
      ]);
      if (!current)
        fail('not-found', 'That operator does not exist in this workspace.', {
          reason: 'operator-missing',
        });
      await assertAdminRemains(tx, ws, input.uid, {
        kind: 'update',
        role: input.role,
        active: input.active,
      });
      if (input.password !== undefined) {
        assertPasswordAcceptable(input.password, {
          email: input.email ?? privateFields?.email ?? '',
          displayName: input.displayName ?? current.displayName,
        });
      }
      const changes = {
        ...(input.displayName !== undefined && { displayName: input.displayName }),
        ...(input.role !== undefined && { role: input.role }),
        ...(input.active !== undefined && { active: input.active }),
        ...(input.maxChats !== undefined && { maxChats: input.maxChats }),
      };
      if (Object.keys(changes).length > 0) tx.update(ref, changes);
      if (input.email !== undefined) tx.set(privateRef, { email: input.email }, { merge: true });
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'operator.updated',
          target: input.uid,
          details: {
            fields: [
              ...Object.keys(changes),
              ...(input.email !== undefined ? ['email'] : []),
              ...(input.password ? ['password'] : []),
            ].join(','),
          },
        },
        tx,
      );
      return current;
    });

    if (seatsChange) await recordSeats(ws);
    const displayName = input.displayName ?? before.displayName;
    if (displayName !== before.displayName) await renameOnChats(ws, input.uid, displayName);
    const deactivated = input.active === false && before.active;
    const handedBack = deactivated ? await handBackChats(ws, { uid: input.uid, displayName }) : {};

    const authChanges: UpdateRequest = {};
    if (input.displayName !== undefined) authChanges.displayName = input.displayName;
    if (input.email !== undefined) authChanges.email = input.email;
    if (input.password !== undefined) authChanges.password = input.password;
    if (input.active !== undefined) authChanges.disabled = !input.active;
    if (Object.keys(authChanges).length > 0) await auth().updateUser(input.uid, authChanges);
    if (input.role !== undefined && input.role !== before.role) {
      const claims: OperatorClaims = { ws, role: input.role };
      await auth().setCustomUserClaims(input.uid, claims);
    }
    // A promotion takes effect at the next token refresh; a lost power must not wait for that.
    const demoted = before.role === 'admin' && input.role === 'normal';
    if (demoted || deactivated) await auth().revokeRefreshTokens(input.uid);
    return { uid: input.uid, ...handedBack };
  },
);
