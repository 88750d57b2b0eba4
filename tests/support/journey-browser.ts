/**
 * The browser a journey runs in, Chromium or Firefox ESR, each with the built extension, behind
 * one interface: open the console and the Control Panel, read the notifications and the badge the
 * extension's background shows, and make the browser report the user idle.
 */
import type { Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import { launchWithExtension } from './chromium.ts';
import { ConsolePage } from './console-page.ts';
import { ControlPanel } from './control-panel.ts';
import { waitForNotification } from './extension-worker.ts';
import {
  launchFirefox,
  recordNotifications,
  setAddonIdleDetection,
  waitForAddonNotification,
} from './firefox.ts';
import type { Journey } from './scenario.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface JourneyBrowser {
  name: BrowserName;
  browser: Browser;
  /** The console page, in a tab (the side panel's or sidebar's page). */
  console(): Promise<ConsolePage>;
  /** The Control Panel (options page) in a new tab. */
  controlPanel(): Promise<ControlPanel>;
  /** Waits until a notification id starts with `prefix` (and the badge shows a count). */
  waitForNotification(
    prefix: string,
    options?: { withBadge?: boolean },
  ): Promise<{ ids: string[]; badge: string }>;
  /** After how many seconds without input the browser tells the extension the user is idle. */
  setIdleDetection(seconds: number): Promise<void>;
  close(): Promise<void>;
}

/** Launches `name` with the extension; `journey` hears its pages as early as they can be heard. */
export function launchJourneyBrowser(name: BrowserName, journey: Journey): Promise<JourneyBrowser> {
  return name === 'chromium' ? chromiumJourney(journey) : firefoxJourney(journey);
}

async function chromiumJourney(journey: Journey): Promise<JourneyBrowser> {
  const launched = await launchWithExtension();
  journey.watch(launched.browser, 'chromium');
  let consolePage: ConsolePage | undefined;
  return {
    name: 'chromium',
    browser: launched.browser,
    async console() {
      consolePage ??= await ConsolePage.open(launched);
      return consolePage;
    },
    controlPanel: () => ControlPanel.open(launched),
    waitForNotification: (prefix, options) => waitForNotification(launched, prefix, options),
    async setIdleDetection(seconds) {
      const worker = await launched.worker();
      await worker.evaluate((s) => {
        const scope = globalThis as unknown as {
          chrome: { idle: { setDetectionInterval(s: number): void } };
        };
        scope.chrome.idle.setDetectionInterval(s);
      }, seconds);
    },
    close: () => launched.close(),
  };
}

async function firefoxJourney(journey: Journey): Promise<JourneyBrowser> {
  const { extension } = inject('stack');
  if (!extension) throw new Error('the browser stack did not build the extension');
  const launched = await launchFirefox({
    extensionDir: extension.firefox,
    // Web pages are heard over BiDi, the add-on's pages (and every page) in Firefox's own output.
    onLaunch: (browser) => journey.watch(browser, 'firefox'),
    onConsole: (line) => journey.hear('firefox', line),
  });
  // Headless Firefox closes each notification as it opens it: listen before any is shown.
  await recordNotifications(launched.consolePage);
  let consolePage: ConsolePage | undefined;
  return {
    name: 'firefox',
    browser: launched.browser,
    async console() {
      consolePage ??= await ConsolePage.attach(launched.consolePage);
      return consolePage;
    },
    controlPanel: async () =>
      ControlPanel.attach(await launched.openExtensionPage('/options.html')),
    waitForNotification: (prefix, options) =>
      waitForAddonNotification(launched.consolePage, prefix, options),
    setIdleDetection: (seconds) => setAddonIdleDetection(launched.consolePage, seconds),
    close: () => launched.close(),
  };
}
