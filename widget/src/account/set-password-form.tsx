import { useSignal } from '@preact/signals';
import { chosenPasswordErrors, PASSWORD_MIN } from '../../../utils/domain/password-policy.ts';
import { accountErrorMessage } from './account-auth.ts';

/**
 * New password + confirmation, checked against Parley's policy (the same one the Control Panel
 * and the callables apply) before Firebase sees it.
 */
export function SetPasswordForm(props: {
  email: string;
  invite: boolean;
  onSubmit: (password: string) => Promise<void>;
}) {
  const password = useSignal('');
  const confirm = useSignal('');
  const problems = useSignal<string[]>([]);
  const failure = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    const check = chosenPasswordErrors(password.value, confirm.value, { email: props.email });
    problems.value = check.generate ? ['Choose a password.'] : check.problems;
    if (problems.value.length > 0) return;
    busy.value = true;
    failure.value = null;
    try {
      await props.onSubmit(password.value);
    } catch (error) {
      failure.value = accountErrorMessage(error);
    } finally {
      busy.value = false;
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>
        {props.invite ? 'You were invited to answer chats as ' : 'Account: '}
        <strong>{props.email}</strong>.
        {props.invite ? ' Choose the password you will sign in with.' : ''}
      </p>
      <label for="new-password">New password</label>
      <input
        id="new-password"
        name="password"
        type="password"
        autocomplete="new-password"
        value={password.value}
        onInput={(e) => {
          password.value = e.currentTarget.value;
        }}
      />
      <p class="hint">At least {PASSWORD_MIN} characters; a long passphrase is best.</p>
      <label for="confirm-password">Confirm password</label>
      <input
        id="confirm-password"
        name="confirm"
        type="password"
        autocomplete="new-password"
        value={confirm.value}
        onInput={(e) => {
          confirm.value = e.currentTarget.value;
        }}
      />
      {problems.value.length > 0 && (
        <ul class="problems" role="alert">
          {problems.value.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {failure.value && (
        <p class="error" role="alert">
          {failure.value}
        </p>
      )}
      <button type="submit" disabled={busy.value}>
        {busy.value ? 'Saving…' : 'Set password'}
      </button>
    </form>
  );
}
