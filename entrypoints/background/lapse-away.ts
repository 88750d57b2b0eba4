import { effect } from '@preact/signals';
import { readPresenceIntent, writePresenceIntent } from '../../utils/data/presence-intent.ts';
import type { ConsoleStore } from '../../utils/data/stores/console-store.ts';
import { adoptsLapseAway } from '../../utils/domain/presence.ts';
import { t } from '../../utils/i18n.ts';
import { show } from './notifier.ts';

/**
 * When the functions set this operator Away for letting offers lapse (ADR 008), the console
 * keeps Away (the heartbeat would otherwise write Online back) and says why in a notification;
 * the presence switch shows Away until they choose Online again.
 */
export function followLapseAway(store: ConsoleStore): () => void {
  const uid = store.operator.uid;
  return effect(() => {
    const mine = store.team.presences.value.find((p) => p.id === uid);
    if (!mine?.lapses) return;
    void readPresenceIntent(uid).then(async (intent) => {
      if (!adoptsLapseAway(intent, mine)) return;
      await writePresenceIntent(uid, 'away');
      await show(
        `away|${mine.since.getTime()}`,
        t('youWereSetToAway'),
        t('chatsOfferedToYouWentUnanswered'),
      );
    });
  });
}
