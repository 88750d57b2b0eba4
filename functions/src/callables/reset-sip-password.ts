import { FieldValue } from 'firebase-admin/firestore';
import type { ResetSipPasswordResponse } from '../../../utils/domain/callables.ts';
import { db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { operatorPrivateRef, operatorRef } from '../data/operators.ts';
import { sipAccountOf, sipAccountRef } from '../data/sip-accounts.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { generatePassword } from '../password.ts';
import { validateDeleteOperatorRequest } from '../requests.ts';
import { reserveSipUsername, sipHa1, sipInfoFor } from '../sip-credentials.ts';

/**
 * SIP Info's "Generate SIP password": the operator themself or an admin gets a new random
 * password for a third-party SIP client, shown once. Only its digests (HA1, MD5 and SHA-256,
 * RFC 8760) are stored, in sipAccounts, which no client can read; the old password stops working
 * at once. An operator created before SIP Info worked gets their readable user name here.
 */
export const resetSipPassword = callable(
  'resetSipPassword',
  async (request): Promise<ResetSipPasswordResponse> => {
    // Same shape as deleteOperator's request: {workspaceId, uid}.
    const { workspaceId: ws, uid } = valid(validateDeleteOperatorRequest(request.data));
    const caller = requireOperator(request, ws);
    if (caller.uid !== uid && caller.role !== 'admin') {
      fail('permission-denied', 'Only the operator or an administrator can set a SIP password.', {
        reason: 'sip-password-not-yours',
      });
    }
    const [operator, privateFields] = await Promise.all([
      operatorRef(ws, uid)
        .get()
        .then((snapshot) => snapshot.data()),
      operatorPrivateRef(ws, uid)
        .get()
        .then((snapshot) => snapshot.data()),
    ]);
    if (!operator)
      fail('not-found', 'That operator does not exist in this workspace.', {
        reason: 'operator-missing',
      });

    const existing = await sipAccountOf(ws, uid);
    const batch = db().batch();
    const info = existing
      ? sipInfoFor(ws, existing.id)
      : await reserveSipUsername(batch, ws, uid, {
          displayName: operator.displayName,
          email: privateFields?.email ?? '',
        });
    const password = generatePassword();
    batch.set(
      sipAccountRef(ws, info.username),
      {
        id: info.username,
        uid,
        realm: info.domain,
        ha1Md5: sipHa1('MD5', info.username, info.domain, password),
        ha1Sha256: sipHa1('SHA-256', info.username, info.domain, password),
        passwordSetAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    batch.set(
      operatorPrivateRef(ws, uid),
      { sip: { ...info, passwordSetAt: FieldValue.serverTimestamp() } },
      { merge: true },
    );
    writeAudit(ws, { actor: caller.uid, action: 'operator.sipPasswordReset', target: uid }, batch);
    await batch.commit();
    return { uid, username: info.username, domain: info.domain, password };
  },
);
