import { useSignal } from '@preact/signals';
import { messageOf } from '../../../utils/data/errors.ts';
import { type CreateWorkspaceForm, createWorkspace } from '../../../utils/data/signup.ts';
import { PASSWORD_MIN } from '../../../utils/domain/password-policy.ts';
import { WORKSPACE_NAME_MAX } from '../../../utils/domain/signup.ts';
import { LIMITS } from '../../../utils/domain/validation.ts';
import { t } from '../../../utils/i18n.ts';

const EMPTY: CreateWorkspaceForm = {
  workspaceName: '',
  displayName: '',
  email: '',
  password: '',
  confirm: '',
};

/**
 * "Create a workspace": the workspace's name, your name, email and password. On success you are
 * signed in as its Administrator and `onCreated` takes you to the getting-started checklist.
 */
export function CreateWorkspaceFormView({ onCreated }: { onCreated: () => void }) {
  const fields = useSignal<CreateWorkspaceForm>(EMPTY);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const set = (key: keyof CreateWorkspaceForm) => (event: { currentTarget: HTMLInputElement }) => {
    fields.value = { ...fields.value, [key]: event.currentTarget.value };
  };

  async function submit(event: Event) {
    event.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      await createWorkspace(fields.value);
      onCreated();
    } catch (failure) {
      error.value = messageOf(failure, t('actionCreateTheWorkspace'));
    } finally {
      busy.value = false;
    }
  }

  const f = fields.value;
  return (
    <form class="sign-in create-workspace" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">{t('createAWorkspace')}</h2>
      <p class="muted">{t('aWorkspaceIsYourTeamS')}</p>
      <label class="field">
        <span>{t('workspaceName')}</span>
        <input
          name="workspaceName"
          required
          maxLength={WORKSPACE_NAME_MAX}
          autocomplete="organization"
          value={f.workspaceName}
          onInput={set('workspaceName')}
        />
      </label>
      <label class="field">
        <span>{t('yourName')}</span>
        <input
          name="displayName"
          required
          maxLength={LIMITS.displayName}
          autocomplete="name"
          value={f.displayName}
          onInput={set('displayName')}
        />
      </label>
      <label class="field">
        <span>{t('email')}</span>
        <input
          name="email"
          type="email"
          required
          autocomplete="username"
          value={f.email}
          onInput={set('email')}
        />
      </label>
      <label class="field">
        <span>{t('password')}</span>
        <input
          name="password"
          type="password"
          required
          autocomplete="new-password"
          value={f.password}
          onInput={set('password')}
        />
      </label>
      <label class="field">
        <span>{t('confirmPassword')}</span>
        <input
          name="confirm"
          type="password"
          required
          autocomplete="new-password"
          value={f.confirm}
          onInput={set('confirm')}
        />
      </label>
      <p class="muted hint">{t('atLeastCharactersNotYourName', PASSWORD_MIN)}</p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy.value}>
        {busy.value ? t('creating') : t('createWorkspace')}
      </button>
    </form>
  );
}
