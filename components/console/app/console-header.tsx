import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import { PresenceSwitch } from '../presence-switch/presence-switch.tsx';

/** Title, my presence, the connection state and Sign out. */
export function ConsoleHeader({
  store,
  onSignOut,
}: {
  store: ConsoleStore;
  onSignOut: () => void;
}) {
  const presence = store.myPresence.value;
  const sending = store.outbox.rows.value.filter((row) => row.state !== 'failed').length;
  return (
    <header class="console__header">
      <div class="row">
        <h1>Parley console</h1>
        <span class="spacer" />
        <PresenceSwitch
          value={presence?.state ?? 'offline'}
          onChange={(state) => void store.setPresence(state)}
        />
        <button
          type="button"
          onClick={onSignOut}
          aria-label={`Sign out ${store.operator.displayName}`}
        >
          Sign out
        </button>
      </div>
      {!store.lists.connected.value && (
        <p class="console__offline" role="status">
          Offline: showing saved data.{' '}
          {sending > 0 ? `${sending} message(s) will be sent when the connection returns.` : ''}
        </p>
      )}
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
    </header>
  );
}
