import { browser } from 'wxt/browser';
import { writeMyPresence } from '../../utils/data/collections/presence.ts';
import { readPresenceIntent, writePresenceIntent } from '../../utils/data/presence-intent.ts';
import type { ConsoleStore } from '../../utils/data/stores/console-store.ts';
import {
  HEARTBEAT_INTERVAL_MS,
  type IdleState,
  presenceAfterIdleChange,
} from '../../utils/domain/presence.ts';

export const HEARTBEAT_ALARM = 'parley-heartbeat';
/** Seconds without input before the browser reports idle (and an online operator turns away). */
export const IDLE_AFTER_SECONDS = 5 * 60;
/** Calling any extension API resets the service worker's 30 s idle timer (Chrome 110+). */
const KEEPALIVE_MS = 20_000;

/** Registers the heartbeat alarm (chrome.alarms can't go below 30 s, which is the interval). */
export function scheduleHeartbeat(): void {
  void browser.alarms.create(HEARTBEAT_ALARM, {
    periodInMinutes: HEARTBEAT_INTERVAL_MS / 60_000,
    delayInMinutes: HEARTBEAT_INTERVAL_MS / 60_000,
  });
  browser.idle.setDetectionInterval(IDLE_AFTER_SECONDS);
}

/** One heartbeat: writes the chosen presence with a fresh lastSeen (nothing while offline). */
export async function heartbeat(store: ConsoleStore): Promise<void> {
  const intent = await readPresenceIntent(store.operator.uid);
  if (intent.state === 'offline') return;
  await writeMyPresence(store.db, store.operator.workspaceId, store.operator.uid, intent.state);
}

/** Idle or locked turns online into away; activity brings back only what the automation changed. */
export async function applyIdleState(store: ConsoleStore, idle: IdleState): Promise<void> {
  const intent = await readPresenceIntent(store.operator.uid);
  const next = presenceAfterIdleChange(intent.state, intent.autoAway, idle);
  if (next.state === intent.state && next.autoAway === intent.autoAway) return;
  if (next.state === intent.state) {
    await writePresenceIntent(store.operator.uid, next.state, next.autoAway);
    return;
  }
  await store.setPresence(next.state, next.autoAway);
}

/**
 * Keeps the worker (and so its live queries and notifications) alive while the operator can
 * receive chats; lets it sleep when offline. The alarm wakes it again in any case.
 */
export function keepAliveWhileReachable(store: ConsoleStore): () => void {
  const timer = setInterval(() => {
    void readPresenceIntent(store.operator.uid).then((intent) => {
      if (intent.state !== 'offline') void browser.runtime.getPlatformInfo();
    });
  }, KEEPALIVE_MS);
  return () => clearInterval(timer);
}
