/** Long browser scenarios: which step failed, and what the pages looked like and logged then. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
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

/**
 * A journey through the product in one browser (tests/support/journey.ts): it hears every page
 * (and Chromium's extension worker) of the browsers it watches from the moment they open, and a
 * failed step leaves test-artifacts/journey-<browser>-<step>.png (the step's page) and .log (the
 * console messages and page errors of every page, oldest first).
 */
export class Journey {
  private readonly log: string[] = [];
  private readonly heard = new WeakSet<object>();

  constructor(readonly browserName: string) {}

  /** Adds a line the browser `who` printed (Firefox's console output, see firefox.ts). */
  hear(who: string, line: string) {
    this.log.push(`${new Date().toISOString()} ${who} output: ${line}`);
  }

  /** Records every page `browser` has or opens later, labelled `who` in the log. */
  watch(browser: Browser, who: string) {
    const onTarget = (target: Target) => void this.watchTarget(target, who).catch(() => {});
    browser.on('targetcreated', onTarget);
    for (const target of browser.targets()) onTarget(target);
  }

  private async watchTarget(target: Target, who: string) {
    const note = (url: string, line: string) =>
      this.log.push(`${new Date().toISOString()} ${who} ${url} ${line}`);
    if (target.type() === 'page') {
      const page = await target.page();
      if (!page || this.heard.has(page)) return;
      this.heard.add(page);
      page.on('console', (message) => note(page.url(), `${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => note(page.url(), `pageerror: ${error}`));
    } else if (target.type() === 'service_worker') {
      const worker = await target.worker();
      if (!worker || this.heard.has(worker)) return;
      this.heard.add(worker);
      worker.on('console', (message) => note(worker.url(), `${message.type()}: ${message.text()}`));
      worker.on('error', (error) => note(worker.url(), `error: ${error}`));
    }
  }

  /**
   * Runs one step; a failure names the step and leaves a screenshot of `page` (or of the page
   * `page()` names then, for a step that opens it) and every page's log.
   */
  async step<T>(name: string, page: Page | (() => Page), action: () => Promise<T>): Promise<T> {
    const started = Date.now();
    this.log.push(`${new Date().toISOString()} step: ${name}`);
    try {
      const result = await action();
      this.log.push(`${new Date().toISOString()} step done in ${Date.now() - started} ms: ${name}`);
      return result;
    } catch (error) {
      const { artifactsDir } = inject('stack');
      const file = `journey-${this.browserName}-${name.replace(/\W+/g, '-')}`;
      await saveScreenshot(typeof page === 'function' ? page() : page, artifactsDir, file).catch(
        () => {},
      );
      await writeFile(path.join(artifactsDir, `${file}.log`), `${this.log.join('\n')}\n`).catch(
        () => {},
      );
      throw new Error(`${this.browserName}, ${name}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}
