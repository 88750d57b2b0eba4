/** Long browser scenarios: which step failed, and what the pages looked like and logged then. */
import type { Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { saveScreenshot } from './chromium.ts';

/** Console output of the pages recorded with recordLogs, quoted when a step fails. */
const pageLogs = new WeakMap<Page, string[]>();

export function recordLogs(page: Page) {
  const logs: string[] = [];
  pageLogs.set(page, logs);
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`pageerror: ${error}`));
}

/** Runs one step of a scenario; a failure names the step and leaves a screenshot of each page. */
export async function step<T>(name: string, pages: Page[], action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const logs = pages.flatMap((page) => (pageLogs.get(page) ?? []).slice(-15));
    if (logs.length > 0) console.error(`[${name}] page console:\n${logs.join('\n')}`);
    const { artifactsDir } = inject('stack');
    await Promise.all(
      pages.map((page, i) =>
        saveScreenshot(page, artifactsDir, `failed-${name.replace(/\W+/g, '-')}-${i}`).catch(
          () => {},
        ),
      ),
    );
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}
