import { onSnapshot } from 'firebase/firestore';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../../../utils/data/callables.ts';
import { getFirebase } from '../../../utils/data/firebase.ts';
import { type OperatorDoc, operatorRef } from '../../../utils/data/operators.ts';
import { validateDisplayName } from '../../../utils/domain/validation.ts';
import type { ControlPanelProps } from '../panel-registry.ts';

const MIN_PASSWORD = 8;

function useOperatorDoc(workspaceId: string, uid: string) {
  const [doc, setDoc] = useState<OperatorDoc | null>(null);
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    void getFirebase().then(({ db }) => {
      if (cancelled) return;
      stop = onSnapshot(operatorRef(db, workspaceId, uid), (snapshot) =>
        setDoc(snapshot.data() ?? null),
      );
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [workspaceId, uid]);
  return doc;
}

/** One small form with its own error and success line (errors appear next to what caused them). */
function useForm() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { error, done, busy, run, setError };
}

/** The signed-in operator's own account: name, password, and the SIP details for other clients. */
export function ProfilePanel({ operator }: ControlPanelProps) {
  const doc = useOperatorDoc(operator.workspaceId, operator.uid);
  const [name, setName] = useState(operator.displayName);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const nameForm = useForm();
  const passwordForm = useForm();

  useEffect(() => {
    if (doc) setName(doc.displayName);
  }, [doc?.displayName]);

  return (
    <section class="profile-panel" aria-labelledby="profile-title">
      <h2 id="profile-title">My profile</h2>
      <dl class="facts">
        <dt>Email</dt>
        <dd>{operator.email}</dd>
        <dt>Role</dt>
        <dd>{operator.role === 'admin' ? 'Administrator' : 'Normal'}</dd>
        <dt>Workspace</dt>
        <dd>{operator.workspaceId}</dd>
        {doc && (
          <>
            <dt>Concurrent chats</dt>
            <dd>up to {doc.maxChats}</dd>
          </>
        )}
      </dl>

      <form
        class="panel-form"
        aria-labelledby="name-title"
        onSubmit={(event) => {
          event.preventDefault();
          void nameForm.run(async () => {
            const checked = validateDisplayName(name);
            if (!checked.ok) throw new Error(checked.message);
            await call('updateOperator', {
              workspaceId: operator.workspaceId,
              uid: operator.uid,
              displayName: checked.value,
            });
            return 'Name saved. It shows to visitors from your next message.';
          });
        }}
      >
        <h3 id="name-title">Display name</h3>
        <label class="field">
          <span>Name shown to visitors and colleagues</span>
          <input name="displayName" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        {nameForm.error && (
          <p class="error" role="alert">
            {nameForm.error}
          </p>
        )}
        {nameForm.done && <p role="status">{nameForm.done}</p>}
        <button type="submit" class="primary" disabled={nameForm.busy}>
          Save name
        </button>
      </form>

      <form
        class="panel-form"
        aria-labelledby="password-title"
        onSubmit={(event) => {
          event.preventDefault();
          void passwordForm.run(async () => {
            if (password.length < MIN_PASSWORD) {
              throw new Error(`Use at least ${MIN_PASSWORD} characters.`);
            }
            if (password !== confirm) throw new Error('The two passwords differ.');
            await call('updateOperator', {
              workspaceId: operator.workspaceId,
              uid: operator.uid,
              password,
            });
            setPassword('');
            setConfirm('');
            return 'Password changed.';
          });
        }}
      >
        <h3 id="password-title">Password</h3>
        <label class="field">
          <span>New password</span>
          <input
            type="password"
            name="newPassword"
            autocomplete="new-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Confirm new password</span>
          <input
            type="password"
            name="confirmPassword"
            autocomplete="new-password"
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
        {passwordForm.error && (
          <p class="error" role="alert">
            {passwordForm.error}
          </p>
        )}
        {passwordForm.done && <p role="status">{passwordForm.done}</p>}
        <button type="submit" disabled={passwordForm.busy}>
          Change password
        </button>
      </form>

      {doc?.sip && (
        <section aria-labelledby="sip-title">
          <h3 id="sip-title">SIP Info</h3>
          <p class="muted">Connection details for a third-party chat application.</p>
          <dl class="facts">
            <dt>URI</dt>
            <dd>
              <code>{doc.sip.uri}</code>
            </dd>
            <dt>Username</dt>
            <dd>
              <code>{doc.sip.username}</code>
            </dd>
            <dt>Domain</dt>
            <dd>
              <code>{doc.sip.domain}</code>
            </dd>
          </dl>
        </section>
      )}
    </section>
  );
}
