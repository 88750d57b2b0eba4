import { browser } from 'wxt/browser';
import type { PresenceState } from '../domain/model.ts';

/**
 * The presence the operator chose (and whether the idle automation set it), kept in
 * browser.storage.local so that the popup, the side panel and the service worker agree: the pages
 * write it when the operator flips the switch, the service worker heartbeats it and flips it on
 * idle. Scoped by uid so a different operator on the same browser starts offline.
 */
export interface PresenceIntent {
  uid: string;
  state: PresenceState;
  /** true when the idle automation (not the operator) set 'away' */
  autoAway: boolean;
  changedAt: number;
}

export const PRESENCE_INTENT_KEY = 'parley.presenceIntent';

export async function readPresenceIntent(uid: string): Promise<PresenceIntent> {
  const stored = (await browser.storage.local.get(PRESENCE_INTENT_KEY))[PRESENCE_INTENT_KEY] as
    | PresenceIntent
    | undefined;
  if (stored && stored.uid === uid) return stored;
  return { uid, state: 'offline', autoAway: false, changedAt: 0 };
}

export async function writePresenceIntent(
  uid: string,
  state: PresenceState,
  autoAway = false,
): Promise<PresenceIntent> {
  const intent: PresenceIntent = { uid, state, autoAway, changedAt: Date.now() };
  await browser.storage.local.set({ [PRESENCE_INTENT_KEY]: intent });
  return intent;
}

export function onPresenceIntentChanged(callback: (intent: PresenceIntent | undefined) => void) {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PRESENCE_INTENT_KEY in changes) {
      callback(changes[PRESENCE_INTENT_KEY]?.newValue as PresenceIntent | undefined);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
