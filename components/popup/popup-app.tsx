import { openConsole, openControlPanel } from '../../utils/data/extension-pages.ts';
import { session } from '../../utils/data/session.ts';

/** The toolbar popup: the quick switch. Opening the console closes the popup. */
export function PopupApp() {
  const state = session.value;
  async function open() {
    await openConsole();
    close();
  }
  return (
    <div class="popup">
      <h1>Parley</h1>
      {state.status === 'starting' && <p class="muted">Loading…</p>}
      {state.status !== 'starting' && state.status !== 'signed-in' && (
        <p class="muted">Not signed in. Open the console to sign in.</p>
      )}
      {state.status === 'signed-in' && <p>Signed in as {state.operator.displayName}</p>}
      <div class="popup__actions">
        <button type="button" class="primary" onClick={open}>
          Open console
        </button>
        <button type="button" onClick={() => void openControlPanel().then(() => close())}>
          Control panel
        </button>
      </div>
    </div>
  );
}
