import type { Transaction } from 'firebase-admin/firestore';
import { checkPassword } from '../../utils/domain/password-policy.ts';
import { lastAdminError } from '../../utils/domain/permissions.ts';
import { auth } from './admin.ts';
import { operatorsCol } from './data/operators.ts';
import { fail } from './errors.ts';

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
 * Refuses a change that would leave the workspace without an active administrator
 * (utils/domain/permissions lastAdminError). Reads the operators inside the transaction, so two
 * admins demoting each other at once can't both succeed.
 */
export async function assertAdminRemains(
  tx: Transaction,
  ws: string,
  uid: string,
  change: Parameters<typeof lastAdminError>[2],
): Promise<void> {
  const operators = (await tx.get(operatorsCol(ws))).docs.map((d) => d.data());
  const problem = lastAdminError(operators, uid, change);
  if (problem) fail('failed-precondition', problem);
}

/** A password a person chose must pass the domain policy (password-policy.ts). */
export function assertPasswordAcceptable(
  password: string,
  account: { email?: string; displayName?: string },
): void {
  const { ok, problems } = checkPassword(password, account);
  if (!ok) fail('invalid-argument', `Choose a stronger password. ${problems.join(' ')}`);
}
