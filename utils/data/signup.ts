import {
  reload,
  sendEmailVerification,
  sendPasswordResetEmail,
  type User,
} from 'firebase/auth/web-extension';
import type { CreateWorkspaceRequest } from '../domain/callables.ts';
import { checkPassword, passwordMismatch } from '../domain/password-policy.ts';
import { validateWorkspaceName } from '../domain/signup.ts';
import { validateDisplayName, validateEmail } from '../domain/validation.ts';
import { t } from '../i18n.ts';
import { call } from './callables.ts';
import { InputError, valueOrThrow } from './errors.ts';
import { getFirebase } from './firebase.ts';
import { problemsMessage } from './problem-message.ts';
import { type OperatorSession, signIn } from './session.ts';

/**
 * Sign-up and the account emails, all through Firebase Auth's own flows: the createWorkspace
 * callable makes the account and the workspace, then this signs in (the claims are already on
 * the account) and asks Firebase to send the verification email.
 */

export interface CreateWorkspaceForm {
  workspaceName: string;
  displayName: string;
  email: string;
  password: string;
  confirm: string;
}

/** The form's request, checked as the callable will check it (message next to the form). */
export function createWorkspaceRequestFrom(form: CreateWorkspaceForm): CreateWorkspaceRequest {
  const workspaceName = valueOrThrow(validateWorkspaceName(form.workspaceName));
  const displayName = valueOrThrow(validateDisplayName(form.displayName));
  const email = valueOrThrow(validateEmail(form.email));
  const { issues } = checkPassword(form.password, { email, displayName });
  const mismatch = passwordMismatch(form.password, form.confirm);
  if (issues.length > 0 || mismatch)
    throw new InputError(problemsMessage(mismatch ? [...issues, mismatch] : issues));
  return { workspaceName, displayName, email, password: form.password };
}

export async function createWorkspace(form: CreateWorkspaceForm): Promise<OperatorSession> {
  const request = createWorkspaceRequestFrom(form);
  await call('createWorkspace', request);
  const operator = await signIn(request.email, request.password);
  await sendVerificationEmail();
  return operator;
}

async function currentUser(): Promise<User> {
  const { auth } = await getFirebase();
  if (!auth.currentUser) throw new Error('Not signed in.');
  return auth.currentUser;
}

/** (Again) emails the signed-in user Firebase's verification link. */
export async function sendVerificationEmail(): Promise<void> {
  await sendEmailVerification(await currentUser());
}

/**
 * Whether the signed-in user's email is verified, asking Firebase afresh; once it is, the
 * server is told too, so the widget goes live now (refreshVerification).
 */
export async function checkEmailVerified(workspaceId: string): Promise<boolean> {
  const user = await currentUser();
  await reload(user);
  if (!user.emailVerified) return false;
  await call('refreshVerification', { workspaceId });
  return true;
}

/** Whether the signed-in user's email was verified when last loaded (no network). */
export async function isEmailVerified(): Promise<boolean> {
  const { auth } = await getFirebase();
  return auth.currentUser?.emailVerified ?? false;
}

/**
 * Firebase's password-reset email. It answers the same whether or not the address has an
 * account (Firebase's email enumeration protection), and so does this.
 */
export async function sendPasswordReset(email: string): Promise<void> {
  const clean = valueOrThrow(validateEmail(email));
  const { auth } = await getFirebase();
  try {
    await sendPasswordResetEmail(auth, clean);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'auth/user-not-found') return;
    if (code === 'auth/too-many-requests') throw new Error(t('authTooManyAttempts'));
    throw new Error(t('resetEmailNotSent'));
  }
}
