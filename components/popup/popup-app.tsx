import { openConsole, openControlPanel } from '../../utils/data/extension-pages.ts';
import { session } from '../../utils/data/session.ts';
import { activeConsole } from '../../utils/data/stores/active-console.ts';
import { PresenceSwitch } from '../console/presence-switch/presence-switch.tsx';

/** The toolbar popup: the quick switch, the counts, and the way into the console. */
export function PopupApp() {
  const state = session.value;
  const store = activeConsole.value;

  function open() {
    // sidePanel.open must run inside the click's user gesture: no await before it.
    void openConsole().finally(() => close());
  }

  return (
    <div class="popup">
      <h1>Parley</h1>
      {state.status === 'starting' && <p class="muted">Loading…</p>}
      {state.status !== 'starting' && state.status !== 'signed-in' && (
        <p class="muted">Not signed in. Open the console to sign in.</p>
      )}
      {state.status === 'signed-in' && (
        <>
          <p class="popup__who">{state.operator.displayName}</p>
          {/* Counts of 0 before the first answer would be a lie: wait until the data is live. */}
          {store?.live.value ? (
            <>
              <PresenceSwitch
                value={store.myPresence.value?.state ?? 'offline'}
                onChange={(presence) => void store.setPresence(presence)}
              />
              <dl class="popup__counts">
                <div>
                  <dt>Waiting</dt>
                  <dd data-count="waiting">{store.incoming.value.length}</dd>
                </div>
                <div>
                  <dt>Active</dt>
                  <dd data-count="active">{store.mine.value.length}</dd>
                </div>
                <div>
                  <dt>Unread</dt>
                  <dd data-count="unread">{store.unreadTotal.value}</dd>
                </div>
              </dl>
            </>
          ) : (
            <p class="muted" role="status">
              {store?.error.value ?? 'Connecting…'}
            </p>
          )}
        </>
      )}
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
