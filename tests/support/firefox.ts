import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.PARLEY_FIREFOX ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's moz-extension://<uuid> origin (the uuid is random per profile). */
  extensionOrigin: string;
  /** The console page (sidepanel.html, Firefox's sidebar panel) open in a tab. */
  consolePage: Page;
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
export async function launchFirefox(options: { extensionDir: string }): Promise<LaunchedFirefox> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'parley-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
    });
    await browser.installExtension(options.extensionDir);
    const consolePage = await findExtensionPage(browser, '/sidepanel.html');
    const launched = browser;
    return {
      browser: launched,
      extensionOrigin: new URL(await locationOf(consolePage)).origin,
      consolePage,
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
