import type { CreateOperatorResponse } from '../../../utils/domain/callables.ts';
import type { OperatorClaims } from '../../../utils/domain/model.ts';
import { auth, db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import {
  assertEmailFree,
  assertPasswordAcceptable,
  createAccount,
  orDeleteAccount,
  writeNewOperator,
} from '../operators.ts';
import { generatePassword } from '../password.ts';
import { validateCreateOperatorRequest } from '../requests.ts';
import { recordSeats } from '../seats.ts';

/**
 * Admin adds an operator: the Auth account, custom claims {ws, role}, the operators and presence
 * documents and an audit entry. Without a password a strong random one is generated and returned
 * in this response only (never stored or logged). The new account is an active seat.
 */
export const createOperator = callable(
  'createOperator',
  async (request): Promise<CreateOperatorResponse> => {
    const input = valid(validateCreateOperatorRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws, 'admin');
    if (!(await workspaceRef(ws).get()).exists)
      fail('not-found', 'This workspace does not exist.', { reason: 'workspace-missing' });
    if (input.password !== undefined) assertPasswordAcceptable(input.password, input);
    await assertEmailFree(input.email);

    const generated = input.password === undefined;
    const password = input.password ?? generatePassword();
    const user = await createAccount({
      email: input.email,
      password,
      displayName: input.displayName,
    });

    // The month's seat record starts from the count before this seat (billing, ADR 005).
    await recordSeats(ws);
    await orDeleteAccount(user.uid, async () => {
      const claims: OperatorClaims = { ws, role: input.role };
      await auth().setCustomUserClaims(user.uid, claims);
      const batch = db().batch();
      await writeNewOperator(batch, ws, user.uid, input);
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'operator.created',
          target: user.uid,
          details: { email: input.email, role: input.role, generatedPassword: generated },
        },
        batch,
      );
      await batch.commit();
    });
    await recordSeats(ws);
    return generated ? { uid: user.uid, password } : { uid: user.uid };
  },
);
