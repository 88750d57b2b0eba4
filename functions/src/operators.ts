import type { Transaction } from 'firebase-admin/firestore';
import type { SipInfo } from '../../utils/domain/model.ts';
import { auth } from './admin.ts';
import { operatorsCol } from './data/operators.ts';
import { fail } from './errors.ts';

/**
 * The SIP details shown in the operator's edit window for third-party chat clients. The domain is
 * the deployment's SIP_DOMAIN (default chat.parley.test, the local stack's), the user the uid.
 */
export function sipInfoFor(uid: string, env: NodeJS.ProcessEnv = process.env): SipInfo {
  const domain = env.SIP_DOMAIN?.trim() || 'chat.parley.test';
  return { uri: `sip:${uid}@${domain}`, username: uid, domain };
}

/** already-exists when an Auth account (of any workspace) uses this email, unless it is `exceptUid`. */
export async function assertEmailFree(email: string, exceptUid?: string): Promise<void> {
  const existing = await auth()
    .getUserByEmail(email)
    .catch((error: { code?: string }) => {
      if (error?.code === 'auth/user-not-found') return null;
      throw error;
    });
  if (existing && existing.uid !== exceptUid) {
    fail('already-exists', `An account with the email ${email} already exists.`);
  }
}

/**
 * Refuses to leave a workspace without an active administrator: `remaining` says whether the
 * operator `uid` will still be an active admin after the change. Reads inside the transaction so
 * two admins demoting each other at once can't both succeed.
 */
export async function assertAdminRemains(
  tx: Transaction,
  ws: string,
  uid: string,
  remaining: boolean,
  displayName: string,
): Promise<void> {
  if (remaining) return;
  const admins = await tx.get(operatorsCol(ws).where('role', '==', 'admin'));
  const others = admins.docs.filter((d) => d.id !== uid && d.data().active);
  if (others.length === 0) {
    fail(
      'failed-precondition',
      `${displayName} is the last administrator of this workspace; make someone else an administrator first.`,
    );
  }
}
