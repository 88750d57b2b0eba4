/**
 * What every WebChannel browser suite needs: its own emulator on a free port, the SDK test page on
 * another port (so calls are cross-origin), and a fresh headless Chromium.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RunningEmulator, startEmulator } from '../../../../emulator/src/index.ts';
import { CHROMIUM, type LaunchedBrowser, launchChromium } from '../../../support/chromium.ts';
import type { PageConfig } from '../page/sdk-page.ts';
import { type PageServer, startPageServer } from './page-server.ts';
import { SdkClient } from './sdk-client.ts';

export interface BrowserFixture {
  emulator: RunningEmulator;
  /** Opens a new tab (own browser context) with the SDK initialized against this emulator. */
  open(config: { projectId: string; longPolling: boolean; uid?: string }): Promise<SdkClient>;
  /** Loads Security Rules through the control endpoint, as rules-unit-testing does. */
  putRules(projectId: string, source: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserFixture(): Promise<BrowserFixture> {
  await waitForChromium();
  const emulator = await startEmulator({ port: 0 });
  let pages: PageServer | null = null;
  let chromium: LaunchedBrowser | null = null;
  const clients: SdkClient[] = [];
  try {
    pages = await startPageServer();
    chromium = await launchChromium();
  } catch (error) {
    await pages?.close();
    await emulator.close();
    throw error;
  }
  const pageUrl = pages.url;
  const browser = chromium.browser;
  return {
    emulator,
    async open(config) {
      const full: PageConfig = { host: '127.0.0.1', port: emulator.port, ...config };
      const client = await SdkClient.open(browser, pageUrl, full);
      clients.push(client);
      return client;
    },
    async putRules(projectId, source) {
      const response = await fetch(
        `http://127.0.0.1:${emulator.port}/emulator/v1/projects/${projectId}:securityRules`,
        { method: 'PUT', body: JSON.stringify({ rules: { files: [{ content: source }] } }) },
      );
      if (!response.ok) throw new Error(`rules rejected: ${await response.text()}`);
    },
    async close() {
      await Promise.allSettled(clients.map((client) => client.close()));
      await chromium?.close();
      await pages?.close();
      await emulator.close();
    },
  };
}

/** Chromium may still be arriving from apt when the suite starts. */
async function waitForChromium(timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > deadline) throw new Error(`no Chromium at ${CHROMIUM}`);
    await sleep(2_000);
  }
}
