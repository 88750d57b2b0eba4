import { openConsole, openControlPanel } from '../../utils/data/extension-pages.ts';
import type { HubClient } from '../../utils/data/stores/console-hub.ts';
import { t } from '../../utils/i18n.ts';
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
        <h1>{t('extActionTitle')}</h1>
      </header>
      <main>
        {state === null && <p class="muted">{t('loading')}</p>}
        {state !== null && state.status !== 'signed-in' && (
          <p class="muted">{t('notSignedInOpenTheConsole')}</p>
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
                    <dt>{t('waiting')}</dt>
                    <dd data-count="waiting">{state.lists.incoming.length}</dd>
                  </div>
                  <div>
                    <dt>{t('active')}</dt>
                    <dd data-count="active">{state.lists.mine.length}</dd>
                  </div>
                  <div>
                    <dt>{t('unread')}</dt>
                    <dd data-count="unread">{state.unread}</dd>
                  </div>
                </dl>
              </>
            ) : (
              <p class="muted" role="status">
                {state.lists.error ?? state.team.error ?? t('connecting')}
              </p>
            )}
          </>
        )}
        <div class="popup__actions">
          <button type="button" class="primary" onClick={open}>
            {t('openConsole')}
          </button>
          <button type="button" onClick={() => void openControlPanel().then(() => close())}>
            {t('controlPanel')}
          </button>
        </div>
      </main>
    </div>
  );
}
