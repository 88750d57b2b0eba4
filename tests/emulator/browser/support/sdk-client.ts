/**
 * One browser tab running the web SDK against the emulator, with typed calls into `window.sdk`
 * and a record of which WebChannel back channels (CI=0 streaming, CI=1 long-poll) it opened.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { Constraint, ListenEvent, PageConfig, Sdk } from '../page/sdk-page.ts';

declare const sdk: Sdk;

export class SdkClient {
  /** Query strings of the back-channel GETs this tab made. */
  readonly backChannels: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('request', (request) => {
      const url = request.url();
      if (url.includes('/channel?') && url.includes('RID=rpc')) this.backChannels.push(url);
    });
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
  }

  static async open(browser: Browser, pageUrl: string, config: PageConfig): Promise<SdkClient> {
    // Each client gets its own context: no shared IndexedDB, cookies or connections.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const client = new SdkClient(page);
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'sdk' in globalThis);
    await page.evaluate((c) => sdk.init(c), config);
    return client;
  }

  set(path: string, data: unknown, merge = false) {
    return this.page.evaluate((p, d, m) => sdk.set(p, d, m), path, data as never, merge);
  }
  update(path: string, data: Record<string, unknown>) {
    return this.page.evaluate((p, d) => sdk.update(p, d), path, data as never);
  }
  remove(path: string) {
    return this.page.evaluate((p) => sdk.remove(p), path);
  }
  batch(ops: { set?: [string, unknown]; remove?: string }[]) {
    return this.page.evaluate((o) => sdk.batch(o), ops as never);
  }
  get(path: string) {
    return this.page.evaluate((p) => sdk.get(p), path);
  }
  getAll(path: string, constraints: Constraint[] = []) {
    return this.page.evaluate((p, c) => sdk.getAll(p, c), path, constraints as never);
  }
  transactionAdd(path: string, field: string, by: number) {
    return this.page.evaluate((p, f, b) => sdk.transactionAdd(p, f, b), path, field, by);
  }
  attempt(op: 'set' | 'update' | 'remove' | 'get', path: string, data?: unknown) {
    return this.page.evaluate((o, p, d) => sdk.attempt(o, p, d), op, path, data as never);
  }
  listenDoc(path: string) {
    return this.page.evaluate((p) => sdk.listenDoc(p), path);
  }
  listenQuery(path: string, constraints: Constraint[] = []) {
    return this.page.evaluate((p, c) => sdk.listenQuery(p, c), path, constraints as never);
  }
  nextEvent(id: number, timeoutMs = 10_000): Promise<ListenEvent> {
    return this.page.evaluate((i, t) => sdk.nextEvent(i, t), id, timeoutMs);
  }
  /** Skips events until one satisfies `accept` (e.g. past a fromCache snapshot). */
  async eventWhere(id: number, accept: (event: ListenEvent) => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = await this.nextEvent(id, Math.max(1, deadline - Date.now()));
      if (accept(event)) return event;
    }
  }
  drain(id: number) {
    return this.page.evaluate((i) => sdk.drain(i), id);
  }
  unlisten(id: number) {
    return this.page.evaluate((i) => sdk.unlisten(i), id);
  }
  offline() {
    return this.page.evaluate(() => sdk.offline());
  }
  online() {
    return this.page.evaluate(() => sdk.online());
  }
  terminate() {
    return this.page.evaluate(() => sdk.terminate());
  }
  async close() {
    await this.page.browserContext().close();
  }
}
