/**
 * A visitor and the chat widget on a page of the demo website, one method per thing a visitor
 * does or looks for. The widget lives in a shadow root: queries go through puppeteer's
 * shadow-piercing `>>>` and wait by polling (see `shown`).
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { saveScreenshot } from './chromium.ts';
import { pageErrors, shown, textOf } from './page.ts';
import { recordLogs, step } from './scenario.ts';

/** A visitor name unique to this run, so a re-run on a long-lived stack never matches old chats. */
export const visitorName = (first: string) => `${first} ${Date.now().toString(36).slice(-4)}`;

/** Prefix of every query into the widget. */
export const W = 'parley-widget >>>';

export class WidgetVisitor {
  /** Uncaught errors of the page. */
  readonly errors: string[];
  /** Console errors and warnings and failed requests, quoted when the launcher never shows. */
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    this.errors = pageErrors(page);
    recordLogs(page);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        this.problems.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.push(String(error)));
    page.on('requestfailed', (request) =>
      this.problems.push(`${request.url()}: ${request.failure()?.errorText}`),
    );
  }

  /** A new tab in `browser` (or a browser context: a visitor with their own storage). */
  static async arrive(
    browser: Browser | BrowserContext,
    viewport: { width: number; height: number } | null = { width: 1000, height: 800 },
  ): Promise<WidgetVisitor> {
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    return new WidgetVisitor(page);
  }

  /** Goes to a page of the demo website (`/`, `/pricing`, `/help`…). */
  async visit(path: string, options?: Parameters<Page['goto']>[1]) {
    return this.page.goto(`${inject('stack').demoSiteUrl}${path}`, options);
  }

  /** Waits for something inside the widget (a CSS selector within its shadow root). */
  find(selector: string, timeoutMs = 20_000) {
    return shown(this.page, `${W} ${selector}`, timeoutMs);
  }

  text(selector: string) {
    return textOf(this.page, `${W} ${selector}`);
  }

  /** Clicks the launcher (which may take a while on a cold stack) and waits for the panel. */
  async openChat() {
    await this.page.bringToFront();
    const launcher = await step('the widget launcher appears', [this.page], async () => {
      try {
        return await this.find('button.launcher', 40_000);
      } catch (error) {
        const problems = this.problems.join(' | ') || 'none';
        throw new Error(`${(error as Error).message}; page problems: ${problems}`);
      }
    });
    await launcher.click();
    await this.find('[role="dialog"]');
  }

  /** The welcome form's department choices, as the visitor reads them. */
  async departments() {
    const select = await this.find('select#parley-department');
    return select.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent));
  }

  /** Fills in the welcome form; `department` is the start of the choice's text. */
  async fillWelcome(form: { name: string; email?: string; department?: string }) {
    await (await this.find('#parley-name')).type(form.name);
    if (form.email) await (await this.find('#parley-email')).type(form.email);
    if (form.department) {
      const select = await step('the widget offers departments', [this.page], () =>
        this.find('select#parley-department'),
      );
      const value = await select.evaluate(
        (el, wanted) =>
          [...(el as HTMLSelectElement).options].find((o) => o.textContent?.startsWith(wanted))
            ?.value ?? '',
        form.department,
      );
      await select.select(value);
    }
  }

  async startChat() {
    await (await this.find('button[type="submit"]')).click();
  }

  async waitForStatus(status: 'waiting' | 'joined') {
    await this.find(`.chat-status.${status}`);
  }

  /** Types a message and presses Enter. */
  async type(message: string) {
    const box = await this.find('textarea[aria-label="Message"]');
    await box.type(message);
    await box.press('Enter');
  }

  /** Types into the message box without sending (a key every `delayMs`). */
  async typeWithoutSending(text: string, delayMs = 0) {
    const box = await this.find('textarea[aria-label="Message"]');
    await box.type(text, { delay: delayMs });
  }

  /** Waits until the widget says who is typing ("Otto is typing…"), or nobody (''). */
  async waitForTyping(text: string, timeout = 20_000) {
    await this.page.waitForFunction(
      (wanted) => {
        const root = document.querySelector('parley-widget')?.shadowRoot;
        return (root?.querySelector('.typing')?.textContent ?? '').trim() === wanted;
      },
      { timeout, polling: 100 },
      text,
    );
  }

  /** Types a message and waits until the widget shows it as sent. */
  async send(message: string) {
    await this.type(message);
    await this.find(`.message.own:not(.pending) ::-p-text(${JSON.stringify(message)})`);
  }

  /** Waits until the conversation shows `text`. */
  async waitForMessage(text: string, timeout = 20_000) {
    const log = await this.find('[role="log"]', timeout);
    await this.page.waitForFunction(
      (el, wanted) => (el.textContent ?? '').includes(wanted),
      { timeout, polling: 100 },
      log,
      text,
    );
  }

  async conversationText() {
    return this.text('[role="log"]');
  }

  async endChat() {
    await (await this.find('button.end-chat')).click();
  }

  async screenshot(name: string) {
    await saveScreenshot(this.page, inject('stack').artifactsDir, name);
  }

  async close() {
    await this.page.close();
  }
}

/**
 * A visitor on the demo website's pricing page opens the widget, picks a department and asks
 * something: a chat queued for that department's operators.
 */
export async function visitorStartsChat(
  browser: Browser | BrowserContext,
  chat: { name: string; department: string; message: string; path?: string },
): Promise<WidgetVisitor> {
  const visitor = await WidgetVisitor.arrive(browser);
  await visitor.visit(chat.path ?? '/pricing');
  await visitor.openChat();
  await visitor.fillWelcome({ name: chat.name, department: chat.department });
  await visitor.startChat();
  await visitor.type(chat.message);
  return visitor;
}
