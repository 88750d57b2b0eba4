import { randomInt } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import type { CreateWorkspaceResponse } from '../../../utils/domain/callables.ts';
import type { OperatorClaims } from '../../../utils/domain/model.ts';
import {
  NEW_WORKSPACE_DEFAULTS,
  SIGNUP_PER_ADDRESS_LIMIT,
  SIGNUP_PER_IP_LIMITS,
  workspaceIdFor,
} from '../../../utils/domain/signup.ts';
import { DEFAULT_MAX_CHATS } from '../../../utils/domain/validation.ts';
import { auth, db } from '../admin.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { offlineSettingsRef } from '../data/settings.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { valid } from '../input.ts';
import {
  assertEmailFree,
  assertPasswordAcceptable,
  createAccount,
  orDeleteAccount,
  writeNewOperator,
} from '../operators.ts';
import { validateCreateWorkspaceRequest } from '../requests.ts';
import { recordSeats } from '../seats.ts';
import { callerIp, consumeSignupLimits, limitKey } from '../signup-limits.ts';

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const randomSuffix = () =>
  Array.from({ length: 6 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');

/**
 * Sign-up ("Create a workspace" in the options page), open to anyone: the creator's Auth account
 * with claims {ws, role: 'admin'}, then in one transaction the workspace (routing to all
 * operators, off until the creator's email is verified), its off-line recipients (the creator),
 * the creator's operator and presence documents and an audit entry. The attempt counts against
 * the per-address and per-IP limits before anything is created; a failure after the account was
 * made deletes it again, so a retry with the same address works.
 */
export const createWorkspace = callable(
  'createWorkspace',
  async (request): Promise<CreateWorkspaceResponse> => {
    const input = valid(validateCreateWorkspaceRequest(request.data));
    assertPasswordAcceptable(input.password, input);
    await consumeSignupLimits([
      { key: limitKey('email', input.email), limits: [SIGNUP_PER_ADDRESS_LIMIT] },
      { key: limitKey('ip', callerIp(request)), limits: SIGNUP_PER_IP_LIMITS },
    ]);
    await assertEmailFree(input.email);

    const user = await createAccount({
      email: input.email,
      password: input.password,
      displayName: input.displayName,
    });
    const ws = workspaceIdFor(input.workspaceName, randomSuffix());
    await orDeleteAccount(user.uid, async () => {
      const claims: OperatorClaims = { ws, role: 'admin' };
      await auth().setCustomUserClaims(user.uid, claims);
      await db().runTransaction(async (tx) => {
        // create() fails if the id is taken: a workspace is never overwritten.
        tx.create(workspaceRef(ws), {
          id: ws,
          name: input.workspaceName,
          ...NEW_WORKSPACE_DEFAULTS,
          createdAt: FieldValue.serverTimestamp(),
          ownerUid: user.uid,
          verified: false,
        });
        tx.set(offlineSettingsRef(ws), { id: 'offline', recipientIds: [user.uid] });
        await writeNewOperator(tx, ws, user.uid, {
          displayName: input.displayName,
          email: input.email,
          role: 'admin',
          maxChats: DEFAULT_MAX_CHATS,
        });
        writeAudit(
          ws,
          {
            actor: user.uid,
            action: 'workspace.created',
            target: ws,
            details: { name: input.workspaceName },
          },
          tx,
        );
      });
    });
    await recordSeats(ws);
    return { workspaceId: ws, uid: user.uid };
  },
);
