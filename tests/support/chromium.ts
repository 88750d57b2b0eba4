import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** chrome-extension://<id> when an extension was loaded */
  extensionId: string | null;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile, optionally with an unpacked extension. */
export async function launchChromium(
  options: { extensionDir?: string } = {},
): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: CHROMIUM_ARGS,
    // Loading an unpacked extension goes through the CDP pipe (Extensions.loadUnpacked).
    ...(options.extensionDir ? { pipe: true, enableExtensions: [options.extensionDir] } : {}),
  });
  let extensionId: string | null = null;
  if (options.extensionDir) {
    const worker = await browser.waitForTarget(
      (target) =>
        target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    extensionId = new URL(worker.url()).host;
  }
  return {
    browser,
    extensionId,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under the run's artifacts folder (not committed). */
export async function saveScreenshot(page: Page, artifactsDir: string, name: string) {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
