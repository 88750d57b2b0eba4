import { signal } from '@preact/signals';
import {
  signOut as firebaseSignOut,
  getIdTokenResult,
  onIdTokenChanged,
  signInWithEmailAndPassword,
  type User,
} from 'firebase/auth/web-extension';
import { browser } from 'wxt/browser';
import type { Role } from '../domain/model.ts';
import { t } from '../i18n.ts';
import { writeMyPresence } from './collections/presence.ts';
import { getFirebase } from './firebase.ts';
import { forgetLocalData, LAST_OPERATOR_KEY } from './local-cleanup.ts';
import { writePresenceIntent } from './presence-intent.ts';

export type OperatorRole = Role;

/** Who is signed in, with the workspace and role from their custom claims `{ws, role}`. */
export interface OperatorSession {
  uid: string;
  email: string;
  displayName: string;
  workspaceId: string;
  role: OperatorRole;
}

export type SessionState =
  | { status: 'starting' }
  /** `reason`: why the console signed the operator out by itself (access ended), to show them */
  | { status: 'signed-out'; reason?: string }
  /** signed in, but the account belongs to no workspace (claims missing): can't use the console */
  | { status: 'no-workspace'; email: string }
  | { status: 'signed-in'; operator: OperatorSession };

/** The page's view of the session; every page subscribes to this one signal. */
export const session = signal<SessionState>({ status: 'starting' });

/** Builds the operator from the token's claims, or null when the claims are missing. */
export function operatorFromClaims(
  user: Pick<User, 'uid' | 'email' | 'displayName'>,
  claims: Record<string, unknown>,
): OperatorSession | null {
  const ws = claims.ws;
  const role = claims.role;
  if (typeof ws !== 'string' || ws === '') return null;
  if (role !== 'admin' && role !== 'normal') return null;
  const email = user.email ?? '';
  return {
    uid: user.uid,
    email,
    displayName: user.displayName || email.split('@')[0] || 'Operator',
    workspaceId: ws,
    role,
  };
}

async function lastOperator(): Promise<OperatorSession | null> {
  const items: Record<string, unknown> = await browser.storage.local
    .get(LAST_OPERATOR_KEY)
    .catch(() => ({}));
  return (items[LAST_OPERATOR_KEY] as OperatorSession | undefined) ?? null;
}

/** The operator last seen signed in here, so an expired token while offline doesn't sign out. */
async function cachedOperator(uid: string): Promise<OperatorSession | null> {
  const stored = await lastOperator();
  return stored?.uid === uid ? stored : null;
}

async function stateFor(user: User | null, wasSignedIn = false): Promise<SessionState> {
  if (!user) {
    // Signed out, here or in another page of the extension: nothing of the workspace stays. Only
    // on that change: a context that starts while nobody is signed in must not race a sign-in
    // happening in another page (it would wipe what that sign-in just stored).
    if (wasSignedIn) await forgetLocalData().catch(() => {});
    else await browser.storage.local.remove(LAST_OPERATOR_KEY).catch(() => {});
    return signedOutState();
  }
  let claims: Record<string, unknown>;
  try {
    claims = (await getIdTokenResult(user)).claims;
  } catch (error) {
    // Refreshing an expired token needs the network; offline, the console still opens.
    const cached = await cachedOperator(user.uid);
    if (cached) return { status: 'signed-in', operator: cached };
    throw error;
  }
  const operator = operatorFromClaims(user, claims);
  if (!operator) return { status: 'no-workspace', email: user.email ?? '' };
  await browser.storage.local.set({ [LAST_OPERATOR_KEY]: operator }).catch(() => {});
  return { status: 'signed-in', operator };
}

let started: Promise<void> | undefined;

/** Follows Firebase Auth (token changes include claim changes after a refresh). Idempotent. */
export function startSession(): Promise<void> {
  started ??= (async () => {
    // Paint first, verify after: the operator last signed in here is assumed until Firebase Auth
    // (IndexedDB, maybe a token refresh) confirms or corrects it, so the console can paint from
    // its local cache at once. Firestore itself waits for Auth before it sends anything.
    performance.mark?.('parley:session-start');
    const cached = await lastOperator();
    if (cached && session.value.status === 'starting') {
      session.value = { status: 'signed-in', operator: cached };
    }
    const { auth } = await getFirebase();
    await new Promise<void>((resolve) => {
      onIdTokenChanged(auth, (user) => {
        performance.mark?.('parley:auth-state');
        // Signed in until now (also the optimistic start from the operator last signed in here).
        const wasSignedIn = session.value.status === 'signed-in';
        stateFor(user, wasSignedIn)
          .then((state) => {
            session.value = state;
          })
          .catch(() => {
            session.value = { status: 'signed-out' };
          })
          .finally(resolve);
      });
    });
  })();
  return started;
}

/** Sentences an operator understands, by Firebase Auth error code. */
export function signInErrorMessage(code: string | undefined): string {
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-login-credentials':
      return t('signInWrongCredentials');
    case 'auth/user-disabled':
      return t('signInAccountDisabled');
    case 'auth/invalid-email':
      return t('signInInvalidEmail');
    case 'auth/too-many-requests':
      return t('authTooManyAttempts');
    case 'auth/network-request-failed':
      return t('signInServerUnreachable');
    default:
      return t('signInFailed');
  }
}

export class SignInError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

/** Signs in with email and password; throws a SignInError with a readable message. */
export async function signIn(email: string, password: string): Promise<OperatorSession> {
  const { auth } = await getFirebase();
  let user: User;
  try {
    user = (await signInWithEmailAndPassword(auth, email.trim(), password)).user;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new SignInError(signInErrorMessage(code), code);
  }
  signOutReason = undefined;
  const state = await stateFor(user);
  session.value = state;
  if (state.status !== 'signed-in') {
    await firebaseSignOut(auth);
    throw new SignInError(t('signInNotAnOperator'));
  }
  return state.operator;
}

/** How long sign-out waits for the "offline" presence write before signing out anyway. */
const OFFLINE_WRITE_TIMEOUT_MS = 2000;

/** Why this page last signed the operator out by itself, until someone signs in again. */
let signOutReason: string | undefined;

function signedOutState(): SessionState {
  return signOutReason ? { status: 'signed-out', reason: signOutReason } : { status: 'signed-out' };
}

/**
 * Signs out everywhere in this browser (all pages share the session) and forgets everything
 * stored locally (local-cleanup.ts), unsent messages included: callers ask the operator first
 * (SignOutButton). The operator goes offline first, so routing stops offering chats now rather
 * than when the heartbeat turns stale; when access has already ended (`reason`), that write
 * would be refused and is skipped.
 */
export async function signOut(options: { reason?: string } = {}): Promise<void> {
  const { auth, db } = await getFirebase();
  const state = session.value;
  signOutReason = options.reason;
  if (state.status === 'signed-in' && !options.reason) {
    const { uid, workspaceId } = state.operator;
    const goOffline = Promise.all([
      writePresenceIntent(uid, 'offline'),
      writeMyPresence(db, workspaceId, uid, 'offline'),
    ]).catch(() => {});
    // Offline, the write only lands later; don't keep the operator waiting for it.
    await Promise.race([
      goOffline,
      new Promise((resolve) => setTimeout(resolve, OFFLINE_WRITE_TIMEOUT_MS)),
    ]);
  }
  await firebaseSignOut(auth);
  await forgetLocalData().catch(() => {});
  session.value = signedOutState();
}

/** The signed-in operator, or an error for code paths that require one. */
export function requireOperator(): OperatorSession {
  const state = session.value;
  if (state.status !== 'signed-in') throw new Error('Not signed in.');
  return state.operator;
}
