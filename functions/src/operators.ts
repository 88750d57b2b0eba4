import { FieldValue, type Transaction, type WriteBatch } from 'firebase-admin/firestore';
import type { Role } from '../../utils/domain/model.ts';
import { checkPassword } from '../../utils/domain/password-policy.ts';
import { lastAdminError } from '../../utils/domain/permissions.ts';
import { auth } from './admin.ts';
import { operatorPrivateRef, operatorRef, operatorsCol } from './data/operators.ts';
import { presenceRef } from './data/presence.ts';
import { fail } from './errors.ts';
import { reserveSipUsername } from './sip-credentials.ts';

/** already-exists when an Auth account (of any workspace) uses this email, unless it is `exceptUid`. */
export async function assertEmailFree(email: string, exceptUid?: string): Promise<void> {
  const existing = await auth()
    .getUserByEmail(email)
    .catch((error: { code?: string }) => {
      if (error?.code === 'auth/user-not-found') return null;
      throw error;
    });
  if (existing && existing.uid !== exceptUid) {
    fail('already-exists', `An account with the email ${email} already exists.`, {
      reason: 'email-taken',
      email,
    });
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
  if (problem)
    fail('failed-precondition', problem, {
      reason: change.kind === 'delete' ? 'last-admin-delete' : 'last-admin',
    });
}

/** A password a person chose must pass the domain policy (password-policy.ts). */
export function assertPasswordAcceptable(
  password: string,
  account: { email?: string; displayName?: string },
): void {
  const { ok, problems } = checkPassword(password, account);
  if (!ok)
    fail('invalid-argument', `Choose a stronger password. ${problems.join(' ')}`, {
      reason: 'weak-password',
    });
}

/**
 * The operator (public), private (email, SIP) and presence documents of a new account (an active
 * seat, offline), and a readable SIP user name reserved for it (the SIP password only when
 * someone generates one).
 */
export async function writeNewOperator(
  writer: WriteBatch | Transaction,
  ws: string,
  uid: string,
  account: { displayName: string; email: string; role: Role; maxChats: number },
): Promise<void> {
  const sip = await reserveSipUsername(writer, ws, uid, account);
  const batch = writer as WriteBatch;
  // Field by field: callers pass whole requests, and a password must never reach Firestore.
  batch.set(operatorRef(ws, uid), {
    id: uid,
    displayName: account.displayName,
    role: account.role,
    maxChats: account.maxChats,
    active: true,
    createdAt: FieldValue.serverTimestamp(),
  });
  batch.set(operatorPrivateRef(ws, uid), { id: uid, email: account.email, sip });
  batch.set(presenceRef(ws, uid), {
    id: uid,
    state: 'offline',
    lastSeen: FieldValue.serverTimestamp(),
    activeChats: 0,
  });
}

/** Creates the Auth account; a used email answers already-exists (also when two race). */
export async function createAccount(account: {
  email: string;
  password: string;
  displayName: string;
}) {
  return auth()
    .createUser(account)
    .catch((error: { code?: string }) => {
      if (error?.code === 'auth/email-already-exists') {
        fail('already-exists', `An account with the email ${account.email} already exists.`, {
          reason: 'email-taken',
          email: account.email,
        });
      }
      throw error;
    });
}

/**
 * Runs the work that gives a just-created Auth account its claims and documents; if it fails,
 * the account is deleted (no half-made operator that could sign in to nothing) and the error
 * goes on.
 */
export async function orDeleteAccount<T>(uid: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await auth()
      .deleteUser(uid)
      .catch(() => {});
    throw error;
  }
}
