import { initializeApp } from 'firebase/app';
import {
  applyActionCode,
  confirmPasswordReset,
  connectAuthEmulator,
  initializeAuth,
  inMemoryPersistence,
  verifyPasswordResetCode,
} from 'firebase/auth';
import type { AccountLink } from './action-link.ts';

/** What the account page asks of Firebase Auth (an interface so the page renders in tests). */
export interface AccountAuth {
  /** The account's email when the code is still good; throws otherwise. */
  emailForReset(oobCode: string): Promise<string>;
  setPassword(oobCode: string, password: string): Promise<void>;
  verifyEmail(oobCode: string): Promise<void>;
}

/**
 * Firebase Auth with only the link's API key: these actions need no project id and no session
 * (in-memory persistence: the page signs nobody in).
 */
export function accountAuth(link: AccountLink): AccountAuth {
  const app = initializeApp({ apiKey: link.apiKey || 'missing-api-key' }, 'parley-account');
  const auth = initializeAuth(app, { persistence: inMemoryPersistence });
  if (link.emulator) {
    connectAuthEmulator(auth, `http://${link.emulator}`, { disableWarnings: true });
  }
  return {
    emailForReset: (oobCode) => verifyPasswordResetCode(auth, oobCode),
    setPassword: (oobCode, password) => confirmPasswordReset(auth, oobCode, password),
    verifyEmail: (oobCode) => applyActionCode(auth, oobCode),
  };
}

/** Firebase's refusal as a sentence. */
export function accountErrorMessage(error: unknown): string {
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'auth/expired-action-code' || code === 'auth/invalid-action-code')
    return 'This link has expired or was already used. Ask for a new one.';
  if (code === 'auth/user-disabled') return 'This account has been disabled.';
  if (code === 'auth/weak-password') return 'Firebase refused this password as too weak.';
  if (code === 'auth/network-request-failed')
    return 'The server cannot be reached. Check your connection and try again.';
  return 'Something went wrong. Try again, or ask for a new link.';
}
