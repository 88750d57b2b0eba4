import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.PARLEY_FIREFOX ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's moz-extension://<uuid> origin (the uuid is random per profile). */
  extensionOrigin: string;
  /** The console page (sidepanel.html, Firefox's sidebar panel) open in a tab. */
  consolePage: Page;
  /** Opens another page of the add-on (`/options.html`…) in a new tab and returns it. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** The page's real address: over BiDi, Page.url() can still say about:blank for a tab the extension opened. */
function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * Launches headless Firefox ESR over WebDriver BiDi with a fresh profile, installs the built
 * Firefox add-on as a temporary add-on and returns its console page.
 *
 * Firefox refuses WebDriver navigations to moz-extension:// URLs, so the extension must be the
 * test build of scripts/stack/build.ts (`forTests`), whose background opens sidepanel.html in a
 * tab at startup; this finds that tab among the browser's pages.
 */
export async function launchFirefox(options: {
  extensionDir: string;
  /** Called as soon as the browser runs, before the add-on opens its pages (to hear them all). */
  onLaunch?: (browser: Browser) => void;
  /**
   * Gets every line of console output of every page, the add-on's included, from the start.
   * WebDriver BiDi reports the console of web pages only, not of moz-extension:// pages; Firefox
   * itself prints them all to its standard output when asked to (devtools.console.stdout.*).
   */
  onConsole?: (line: string) => void;
}): Promise<LaunchedFirefox> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'parley-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      ...(options.onConsole
        ? {
            extraPrefsFirefox: {
              'devtools.console.stdout.content': true,
              'devtools.console.stdout.chrome': true,
            },
          }
        : {}),
    });
    const output = browser.process()?.stdout;
    if (options.onConsole && output) {
      createInterface({ input: output }).on('line', options.onConsole);
    }
    options.onLaunch?.(browser);
    await browser.installExtension(options.extensionDir);
    const consolePage = await findExtensionPage(browser, '/sidepanel.html');
    const launched = browser;
    return {
      browser: launched,
      extensionOrigin: new URL(await locationOf(consolePage)).origin,
      consolePage,
      async openExtensionPage(pagePath) {
        // The add-on opens it (tabs.create from its own page): WebDriver may not navigate there.
        await consolePage.evaluate((url) => {
          const api = (globalThis as unknown as { browser: AddonApi }).browser;
          return api.tabs.create({ url: api.runtime.getURL(url) }).then(() => undefined);
        }, pagePath);
        return findExtensionPage(launched, pagePath);
      },
      async close() {
        await launched.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The parts of Firefox's WebExtension API (`browser.*`) the tests call from the add-on's pages. */
interface AddonApi {
  tabs: { create(details: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
  notifications: { onClosed: { addListener(listener: (id: string) => void): void } };
  browserAction: { getBadgeText(details: object): Promise<string> };
  idle: { setDetectionInterval(seconds: number): void };
}

/**
 * Starts noting the notifications the add-on shows, from one of its pages (`page`). Headless
 * Firefox has no alert service to show them on, so it closes each at once: notifications.getAll()
 * stays empty and notifications.onClosed reports every id the background created; this listens
 * for that.
 */
export async function recordNotifications(page: Page) {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { browser: AddonApi; parleyNotified?: string[] };
    if (scope.parleyNotified) return;
    const notified: string[] = [];
    scope.parleyNotified = notified;
    scope.browser.notifications.onClosed.addListener((id) => notified.push(id));
  });
}

/**
 * Waits (up to 20 s) until a notification id noted by recordNotifications starts with `prefix`
 * and, when `withBadge`, the toolbar button's badge shows something; returns the ids and the
 * badge text either way (the same answer as extension-worker.ts's waitForNotification).
 */
export async function waitForAddonNotification(
  page: Page,
  prefix: string,
  { withBadge = false } = {},
): Promise<{ ids: string[]; badge: string }> {
  return page.evaluate(
    async (wanted, badgeToo) => {
      const scope = globalThis as unknown as { browser: AddonApi; parleyNotified?: string[] };
      const deadline = Date.now() + 20_000;
      let ids: string[] = [];
      let badge = '';
      while (Date.now() < deadline) {
        ids = [...(scope.parleyNotified ?? [])];
        badge = await scope.browser.browserAction.getBadgeText({});
        if (ids.some((id) => id.startsWith(wanted)) && (!badgeToo || badge !== '')) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return { ids, badge };
    },
    prefix,
    withBadge,
  );
}

/**
 * Sets after how many seconds without input Firefox tells the add-on (its background included)
 * that the user is idle; the product asks for 5 minutes, 15 s is the least the API takes.
 */
export async function setAddonIdleDetection(page: Page, seconds: number) {
  await page.evaluate((s) => {
    (globalThis as unknown as { browser: AddonApi }).browser.idle.setDetectionInterval(s);
  }, seconds);
}

/** Waits for a tab showing the extension page whose path is `pagePath`. */
async function findExtensionPage(browser: Browser, pagePath: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await locationOf(page);
      if (href.startsWith('moz-extension://') && new URL(href).pathname === pagePath) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `no tab showed the add-on's ${pagePath} within ${timeoutMs} ms: is this the test build (forTests)?`,
  );
}
