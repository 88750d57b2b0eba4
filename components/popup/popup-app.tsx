import { openConsole, openControlPanel } from '../../utils/data/extension-pages.ts';
import type { HubClient } from '../../utils/data/stores/console-hub.ts';
import { PresenceSwitch } from '../console/presence-switch/presence-switch.tsx';

/** The toolbar popup: the quick switch, the counts, and the way into the console. */
export function PopupApp({ hub }: { hub: HubClient }) {
  const state = hub.state.value;

  function open() {
    // sidePanel.open must run inside the click's user gesture: no await before it.
    void openConsole().finally(() => close());
  }

  return (
    <div class="popup">
      <header>
        <h1>Parley</h1>
      </header>
      <main>
        {state === null && <p class="muted">Loading…</p>}
        {state !== null && state.status !== 'signed-in' && (
          <p class="muted">Not signed in. Open the console to sign in.</p>
        )}
        {state?.status === 'signed-in' && (
          <>
            <p class="popup__who">{state.operator.displayName}</p>
            {/* Counts of 0 before the first answer would be a lie: wait until the data is live. */}
            {state.lists.live ? (
              <>
                <PresenceSwitch
                  value={state.myPresence}
                  onChange={(presence) => hub.setPresence(presence)}
                />
                <dl class="popup__counts">
                  <div>
                    <dt>Waiting</dt>
                    <dd data-count="waiting">{state.lists.incoming.length}</dd>
                  </div>
                  <div>
                    <dt>Active</dt>
                    <dd data-count="active">{state.lists.mine.length}</dd>
                  </div>
                  <div>
                    <dt>Unread</dt>
                    <dd data-count="unread">{state.unread}</dd>
                  </div>
                </dl>
              </>
            ) : (
              <p class="muted" role="status">
                {state.lists.error ?? state.team.error ?? 'Connecting…'}
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
      </main>
    </div>
  );
}
