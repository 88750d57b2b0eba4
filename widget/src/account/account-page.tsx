import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type AccountAuth, accountErrorMessage } from './account-auth.ts';
import type { AccountAction } from './action-link.ts';
import { SetPasswordForm } from './set-password-form.tsx';

type View =
  | { kind: 'working'; text: string }
  | { kind: 'set-password'; email: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string };

/**
 * Parley's account page, the target of Firebase Auth's email actions and of invitations:
 * choose a password (invitation or reset) or confirm an email address.
 */
export function AccountPage({ action, auth }: { action: AccountAction; auth: AccountAuth }) {
  const view = useSignal<View>({ kind: 'working', text: 'Checking your link…' });

  useEffect(() => {
    if (action.mode === 'resetPassword') {
      auth.emailForReset(action.oobCode).then(
        (email) => {
          view.value = { kind: 'set-password', email };
        },
        (error) => {
          view.value = { kind: 'failed', text: accountErrorMessage(error) };
        },
      );
    } else if (action.mode === 'verifyEmail') {
      auth.verifyEmail(action.oobCode).then(
        () => {
          view.value = {
            kind: 'done',
            text: 'Your email address is verified. You can close this page and go back to Parley.',
          };
        },
        (error) => {
          view.value = { kind: 'failed', text: accountErrorMessage(error) };
        },
      );
    } else {
      view.value = {
        kind: 'failed',
        text: 'This link is incomplete. Open it again from the email.',
      };
    }
  }, []);

  const current = view.value;
  const invite = action.mode === 'resetPassword' && action.invite;
  return (
    <section class="account" aria-labelledby="account-title">
      <style>{ACCOUNT_CSS}</style>
      <h1 id="account-title">
        {action.mode === 'verifyEmail'
          ? 'Verify your email'
          : invite
            ? 'Welcome to Parley'
            : 'Choose a new password'}
      </h1>
      {current.kind === 'working' && <p aria-live="polite">{current.text}</p>}
      {current.kind === 'failed' && (
        <p class="error" role="alert">
          {current.text}
        </p>
      )}
      {current.kind === 'done' && (
        <p class="done" role="status">
          {current.text}
        </p>
      )}
      {current.kind === 'set-password' && action.mode === 'resetPassword' && (
        <SetPasswordForm
          email={current.email}
          invite={invite}
          onSubmit={async (password) => {
            await auth.setPassword(action.oobCode, password);
            view.value = {
              kind: 'done',
              text: `Your password is set. Sign in to the Parley extension as ${current.email}.`,
            };
          }}
        />
      )}
    </section>
  );
}

const ACCOUNT_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #f5f6f8; color: #1d2330; }
  .account { max-width: 26rem; margin: 4rem auto; padding: 2rem; background: #fff;
    border-radius: 12px; box-shadow: 0 2px 12px rgb(0 0 0 / 0.08); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  label { display: block; margin: 1rem 0 0.25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit;
    border: 1px solid #9aa3b2; border-radius: 6px; }
  button { margin-top: 1.25rem; padding: 0.6rem 1.2rem; font: inherit; border: 0;
    border-radius: 6px; background: #2451d6; color: #fff; cursor: pointer; }
  button:disabled { opacity: 0.6; cursor: default; }
  .error { color: #b3261e; }
  .done { color: #1b6e3a; }
  ul.problems { color: #b3261e; padding-left: 1.2rem; }
  .hint { color: #5b6475; font-size: 0.9rem; }
`;
