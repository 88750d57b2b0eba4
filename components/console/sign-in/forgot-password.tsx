import { useSignal } from '@preact/signals';
import { sendPasswordReset } from '../../../utils/data/signup.ts';
import { t } from '../../../utils/i18n.ts';

/**
 * "Forgot password?" under a sign-in form: Firebase Auth's own reset email. The answer is the
 * same whether or not the address has an account, so the form can't be used to probe addresses.
 */
export function ForgotPassword({ email: initialEmail }: { email: string }) {
  const open = useSignal(false);
  const email = useSignal('');
  const busy = useSignal(false);
  const sent = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);

  if (!open.value) {
    return (
      <button
        type="button"
        class="link"
        onClick={() => {
          email.value = initialEmail;
          open.value = true;
        }}
      >
        {t('forgotPassword')}
      </button>
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      await sendPasswordReset(email.value);
      sent.value = t('ifHasAnAccountALink', email.value.trim());
    } catch (failure) {
      error.value = (failure as Error).message;
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="forgot-password" onSubmit={submit} aria-labelledby="forgot-title">
      <h3 id="forgot-title">{t('resetYourPassword')}</h3>
      <label class="field">
        <span>{t('emailForTheResetLink')}</span>
        <input
          type="email"
          name="resetEmail"
          autocomplete="username"
          required
          value={email.value}
          onInput={(e) => {
            email.value = e.currentTarget.value;
          }}
        />
      </label>
      {sent.value && <p role="status">{sent.value}</p>}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy.value}>
          {busy.value ? t('sending') : t('sendResetLink')}
        </button>
        <button type="button" onClick={() => (open.value = false)}>
          {t('backToSignIn')}
        </button>
      </div>
    </form>
  );
}
