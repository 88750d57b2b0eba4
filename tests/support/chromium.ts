import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { inject } from 'vitest';

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
  /** The host of chrome-extension:// URLs when an extension was loaded, else null. */
  extensionId: string | null;
  /** The profile folder; pass it to launchChromium again to simulate a browser restart. */
  profile: string;
  /** The extension's current service worker (it may have been restarted since launch). */
  worker(): Promise<WebWorker>;
  /** Closes the browser and deletes the profile unless it is kept for a relaunch. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches headless Chromium with a fresh (or given) profile, optionally with an extension. */
export async function launchChromium(
  options: { extensionDir?: string; profile?: string } = {},
): Promise<LaunchedBrowser> {
  const profile = options.profile ?? (await mkdtemp(path.join(os.tmpdir(), 'parley-chromium-')));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: CHROMIUM_ARGS,
    // Loading an unpacked extension goes through the CDP pipe (Extensions.loadUnpacked).
    ...(options.extensionDir ? { pipe: true, enableExtensions: [options.extensionDir] } : {}),
  });
  const isExtensionWorker = (url: string, id = '') => url.startsWith(`chrome-extension://${id}`);
  let extensionId: string | null = null;
  if (options.extensionDir) {
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && isExtensionWorker(target.url()),
      { timeout: 15_000 },
    );
    extensionId = new URL(worker.url()).host;
  }
  return {
    browser,
    extensionId,
    profile,
    async worker() {
      if (!extensionId) throw new Error('no extension was loaded');
      const id = extensionId;
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && isExtensionWorker(t.url(), `${id}/`),
      );
      const worker = await target.worker();
      if (!worker) throw new Error('the extension has no service worker');
      return worker;
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A Chromium with the built extension loaded: its id is known. */
export type ExtensionBrowser = LaunchedBrowser & { extensionId: string };

/**
 * Launches Chromium with the extension the browser stack built for this run; pass the profile of
 * an earlier launch (closed with keepProfile) to simulate a browser restart.
 */
export async function launchWithExtension(profile?: string): Promise<ExtensionBrowser> {
  const { extension } = inject('stack');
  if (!extension) throw new Error('the browser stack did not build the extension');
  const launched = await launchChromium({ extensionDir: extension.chrome, profile });
  return { ...launched, extensionId: launched.extensionId! };
}

/** Saves a full-page screenshot under the run's artifacts folder (not committed). */
export async function saveScreenshot(page: Page, artifactsDir: string, name: string) {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
