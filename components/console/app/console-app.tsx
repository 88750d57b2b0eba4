import { session, signOut } from '../../../utils/data/session.ts';
import { SignInForm } from '../sign-in/sign-in-form.tsx';

/** The side panel: sign-in, then the console. */
export function ConsoleApp() {
  const state = session.value;
  return (
    <div class="console">
      <header class="console__header row">
        <h1>Parley console</h1>
        <span class="spacer" />
        {state.status === 'signed-in' && (
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        )}
      </header>
      {state.status === 'starting' && <p class="muted">Loading…</p>}
      {(state.status === 'signed-out' || state.status === 'no-workspace') && (
        <main class="console__sign-in">
          {state.status === 'no-workspace' && (
            <p class="error" role="alert">
              {state.email} is not an operator of any workspace.
            </p>
          )}
          <SignInForm />
        </main>
      )}
      {state.status === 'signed-in' && (
        <main>
          <p class="empty">Signed in as {state.operator.displayName}.</p>
        </main>
      )}
    </div>
  );
}
