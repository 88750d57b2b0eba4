import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import { t } from '../../../utils/i18n.ts';
import { SignOutButton } from '../../ui/sign-out-button.tsx';
import { PresenceSwitch } from '../presence-switch/presence-switch.tsx';

/** Title, my presence, the connection state and Sign out. */
export function ConsoleHeader({ store }: { store: ConsoleStore }) {
  const presence = store.myPresence.value;
  const sending = store.outbox.rows.value.filter((row) => row.state !== 'failed').length;
  return (
    <header class="console__header">
      <div class="row">
        <h1>{t('parleyConsole')}</h1>
        <span class="spacer" />
        <PresenceSwitch
          value={presence?.state ?? 'offline'}
          onChange={(state) => void store.setPresence(state)}
        />
        <SignOutButton uid={store.operator.uid} label={t('signOut', store.operator.displayName)} />
      </div>
      {!store.lists.connected.value && (
        <p class="console__offline" role="status">
          {t('offlineShowingSavedData')} {sending > 0 ? t('messageSWillBeSentWhen', sending) : ''}
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
