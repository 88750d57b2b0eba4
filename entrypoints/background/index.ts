import { effect } from '@preact/signals';
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { requestFocus } from '../../utils/data/console-messages.ts';
import {
  chromeSidePanel,
  openConsole,
  trackFocusedWindow,
} from '../../utils/data/extension-pages.ts';
import { session } from '../../utils/data/session.ts';
import { activeConsole, followSession } from '../../utils/data/stores/active-console.ts';
import { type HubState, pageOfPort, serveHub } from '../../utils/data/stores/console-hub.ts';
import type { ConsoleStore } from '../../utils/data/stores/console-store.ts';
import type { IdleState } from '../../utils/domain/presence.ts';
import { startBadge } from './badge.ts';
import { followLapseAway } from './lapse-away.ts';
import { notificationTarget, startNotifier } from './notifier.ts';
import {
  applyIdleState,
  HEARTBEAT_ALARM,
  heartbeat,
  keepAliveWhileReachable,
  scheduleHeartbeat,
} from './presence-automation.ts';

/** True only in the browser tests' Firefox build (see wxt.config.ts); false in production. */
declare const __PARLEY_OPEN_CONSOLE_TAB__: boolean;

/** The signed-in operator's store once it exists (the worker may have just woken up). */
function whenSignedIn(timeoutMs = 10_000): Promise<ConsoleStore | null> {
  if (activeConsole.value) return Promise.resolve(activeConsole.value);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, timeoutMs);
    const stop = effect(() => {
      const store = activeConsole.value;
      if (!store) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(store);
    });
  });
}

function hubState(): HubState | null {
  const state = session.value;
  if (state.status === 'signed-out' || state.status === 'no-workspace') {
    return { status: state.status };
  }
  return activeConsole.value?.hubState() ?? null;
}

/**
 * The service worker keeps the operator reachable while the console is closed: presence
 * heartbeat and idle automation, notifications with a chime, the waiting-count badge, and the
 * outbox flush (inside ConsoleStore). Listeners are registered synchronously, as MV3 requires.
 */
export default defineBackground(() => {
  const consolePorts = new Set<Browser.runtime.Port>();

  // The toolbar button opens the popup (the quick switch); the popup opens the side panel.
  void chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: false });
  trackFocusedWindow();
  scheduleHeartbeat();
  if (__PARLEY_OPEN_CONSOLE_TAB__) {
    // Test builds only: Puppeteer cannot open moz-extension:// pages in Firefox, so the console
    // opens itself in a tab that the test then finds among the browser's pages.
    void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }

  // The pages attach to the hub: the team and the chat lists stay live here, once.
  browser.runtime.onConnect.addListener((port) => {
    const page = pageOfPort(port);
    if (!page) return;
    if (page === 'console') consolePorts.add(port);
    const stop = serveHub(port, hubState, (command) => {
      void whenSignedIn().then((store) => store?.setPresence(command.state));
    });
    port.onDisconnect.addListener(() => {
      consolePorts.delete(port);
      stop();
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== HEARTBEAT_ALARM) return;
    void whenSignedIn().then((store) => store && heartbeat(store).catch(() => {}));
  });

  browser.idle.onStateChanged.addListener((state) => {
    void whenSignedIn().then((store) => store && applyIdleState(store, state as IdleState));
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    // Open first: the side panel may only be opened inside the click's user gesture.
    void openConsole().catch(() => {});
    void requestFocus(notificationTarget(notificationId));
    void browser.notifications.clear(notificationId);
  });

  followSession();
  let stopWatchers: (() => void)[] = [];
  effect(() => {
    const store = activeConsole.value;
    for (const stop of stopWatchers) stop();
    stopWatchers = [];
    if (!store) return;
    stopWatchers = [
      startBadge(store),
      startNotifier(store, { consoleOpen: () => consolePorts.size > 0 }),
      keepAliveWhileReachable(store),
      followLapseAway(store),
    ];
    void heartbeat(store).catch(() => {});
  });
});
