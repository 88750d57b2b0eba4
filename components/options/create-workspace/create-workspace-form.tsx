import { useSignal } from '@preact/signals';
import { messageOf } from '../../../utils/data/errors.ts';
import { type CreateWorkspaceForm, createWorkspace } from '../../../utils/data/signup.ts';
import { PASSWORD_MIN } from '../../../utils/domain/password-policy.ts';
import { WORKSPACE_NAME_MAX } from '../../../utils/domain/signup.ts';
import { LIMITS } from '../../../utils/domain/validation.ts';

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
      error.value = messageOf(failure, 'create the workspace');
    } finally {
      busy.value = false;
    }
  }

  const f = fields.value;
  return (
    <form class="sign-in create-workspace" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">Create a workspace</h2>
      <p class="muted">
        A workspace is your team's chat: its operators, settings and website widget. You become its
        Administrator.
      </p>
      <label class="field">
        <span>Workspace name</span>
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
        <span>Your name</span>
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
        <span>Email</span>
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
        <span>Password</span>
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
        <span>Confirm password</span>
        <input
          name="confirm"
          type="password"
          required
          autocomplete="new-password"
          value={f.confirm}
          onInput={set('confirm')}
        />
      </label>
      <p class="muted hint">
        At least {PASSWORD_MIN} characters, not your name or email; a long passphrase is best.
      </p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy.value}>
        {busy.value ? 'Creating…' : 'Create workspace'}
      </button>
    </form>
  );
}
