/**
 * The operator console (the side panel's page, sidepanel.html) as an operator uses it, one method
 * per thing they do or look for. Controls are found by role and accessible name.
 */
import type { Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { type ExtensionBrowser, saveScreenshot } from './chromium.ts';
import { byRole, pageErrors, shown, waitForText } from './page.ts';
import { recordLogs } from './scenario.ts';
import { eventually } from './wait.ts';

export type Presence = 'online' | 'away' | 'offline';
export interface Account {
  email: string;
  password: string;
}

const PRESENCE = 'select[aria-label="Presence"]';
const tab = (name: string) => `[role="tab"][aria-label^=${JSON.stringify(name)}]`;
const composer = (to: string) => `textarea[aria-label=${JSON.stringify(`Message to ${to}`)}]`;

export class ConsolePage {
  /** Uncaught errors of the page since it was opened. */
  readonly errors: string[];

  private constructor(readonly page: Page) {
    this.errors = pageErrors(page);
    recordLogs(page);
  }

  /** Opens the console in a new tab of the operator's Chromium, side-panel sized. */
  static async open(operator: ExtensionBrowser): Promise<ConsolePage> {
    const page = await operator.browser.newPage();
    await page.setViewport({ width: 420, height: 820 });
    const consolePage = new ConsolePage(page);
    await page.goto(`chrome-extension://${operator.extensionId}/sidepanel.html`);
    await page.waitForSelector('h1');
    return consolePage;
  }

  /** A console page the browser already shows (Firefox's test build opens its own). */
  static async attach(page: Page): Promise<ConsolePage> {
    const consolePage = new ConsolePage(page);
    await page.setViewport({ width: 420, height: 820 });
    await page.waitForSelector('h1', { timeout: 10_000 });
    return consolePage;
  }

  /**
   * The control with this role and accessible name, once it shows. Polls instead of
   * waitForSelector: Firefox's extension pages answer ARIA queries but not puppeteer's
   * in-page waiting for them.
   */
  private control(role: string, name: string) {
    return shown(this.page, byRole(role, name));
  }

  /**
   * The form field with this accessible name. By name alone: browsers give fields different
   * roles (a password field is a textbox in Chromium, "password text" in Firefox).
   */
  private field(name: string) {
    return eventually(async () => {
      for (const handle of await this.page.$$(`::-p-aria([name=${JSON.stringify(name)}])`)) {
        if (await handle.evaluate((el) => el.matches('input, textarea, select'))) return handle;
      }
      return undefined;
    }, `the field ${name}`);
  }

  /** Fills in and sends the sign-in form, without waiting for the outcome. */
  async submitSignIn({ email, password }: Account) {
    await (await this.field('Email')).type(email);
    await (await this.field('Password')).type(password);
    await (await this.control('button', 'Sign in')).click();
  }

  async signIn(account: Account) {
    await this.submitSignIn(account);
    await this.waitUntilSignedIn();
  }

  /** The signed-in console shows the operator's presence switch. */
  async waitUntilSignedIn() {
    await this.page.waitForSelector(PRESENCE, { timeout: 20_000 });
  }

  async hasSignInForm() {
    return (await this.page.$('input[name="password"]')) !== null;
  }

  async signOut() {
    await this.page.click('button[aria-label^="Sign out"]');
    await this.page.waitForSelector('input[name="password"]', { timeout: 20_000 });
  }

  /** Waits until the console's live region (what a screen reader is told) says `text`. */
  async waitForAnnouncement(text: string) {
    await waitForText(this.page, '#console-announcements', text);
  }

  async waitForAlert(text: string) {
    await waitForText(this.page, '[role="alert"]', text);
  }

  async setPresence(state: Presence) {
    await this.page.select(PRESENCE, state);
  }

  /** Goes online and waits until the switch shows it (it follows the stored presence). */
  async goOnline() {
    await this.setPresence('online');
    await this.page.waitForSelector('.presence-switch--online', { timeout: 20_000 });
  }

  async showSection(name: 'Chats' | 'Contacts' | 'Search') {
    // By the start of its name: Chats' name goes on with its counts ("Chats, 1 waiting, 0 unread").
    await this.page
      .locator(
        `::-p-xpath(//nav[@aria-label="Console sections"]//button[starts-with(normalize-space(.), "${name}")])`,
      )
      .click();
  }

  async waitForIncoming(visitor: string) {
    return this.control('button', `Accept chat with ${visitor}`);
  }

  async accept(visitor: string) {
    await (await this.waitForIncoming(visitor)).click();
  }

  async waitForSelectedTab(name: string) {
    await waitForText(this.page, '[role="tab"][aria-selected="true"]', name);
  }

  /** Waits for the tab of `name`'s conversation (its accessible name starts with it). */
  async waitForTab(name: string, { selected = false } = {}) {
    const selector = selected ? `${tab(name)}[aria-selected="true"]` : tab(name);
    await this.page.waitForSelector(selector, { timeout: 20_000 });
  }

  async openTab(name: string) {
    await this.waitForTab(name);
    await this.page.click(tab(name));
  }

  async waitForNoTab(name: string) {
    await this.page.waitForFunction(
      (wanted) =>
        ![...document.querySelectorAll('[role="tab"]')].some((t) =>
          t.getAttribute('aria-label')?.startsWith(wanted),
        ),
      { timeout: 20_000, polling: 100 },
      name,
    );
  }

  /** Waits until the open conversation's log shows `text`. */
  async waitForMessage(text: string) {
    await waitForText(this.page, '[role="log"]', text);
  }

  /** Types into the composer of the conversation with `to` and presses Enter. */
  async send(to: string, text: string) {
    await this.page.waitForSelector(composer(to));
    await this.page.focus(composer(to));
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    // The box empties once the message is queued or the command done (an error keeps the text).
    await this.page
      .waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === '',
        { timeout: 20_000, polling: 50 },
        composer(to),
      )
      .catch(() => {});
  }

  /**
   * Waits until typing `typed` (say "/t Ott") in the composer of the conversation with `to`
   * suggests `colleague` as online, then empties the box. The composer resolves "/t Otto" from the
   * console's own live view of the team, which can trail the server by a moment.
   */
  async waitForSuggestedOnline(to: string, typed: string, colleague: string) {
    await this.page.waitForSelector(composer(to));
    await this.page.focus(composer(to));
    await this.page.keyboard.type(typed);
    await this.page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('.autocomplete [role="option"]')].some(
          (option) => option.textContent?.includes(name) && option.textContent.includes('online'),
        ),
      { timeout: 20_000, polling: 100 },
      colleague,
    );
    await this.page.$eval(composer(to), (el) => {
      (el as HTMLTextAreaElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  /** Types into the composer of the conversation with `to` without sending. */
  async typeWithoutSending(to: string, text: string, delayMs = 0) {
    await this.page.waitForSelector(composer(to));
    await this.page.focus(composer(to));
    await this.page.keyboard.type(text, { delay: delayMs });
  }

  /** Waits until the open conversation says who is typing ("Vera is typing…"), or nobody (''). */
  async waitForTyping(text: string, timeout = 20_000) {
    await this.page.waitForFunction(
      (wanted) =>
        (document.querySelector('.typing-indicator')?.textContent ?? '').trim() === wanted,
      { timeout, polling: 100 },
      text,
    );
  }

  /** Opens the Visitor info of the open conversation and returns it once it shows `text`. */
  async visitorInfo(text: string) {
    const details = await this.page.waitForSelector('details.visitor-info');
    if (!(await details!.evaluate((el) => (el as HTMLDetailsElement).open)))
      await (await this.page.waitForSelector('details.visitor-info > summary'))!.click();
    await waitForText(this.page, 'details.visitor-info', text);
    return (await this.page.$eval('details.visitor-info', (el) => el.textContent ?? '')).trim();
  }

  /** Blocks the open chat's visitor with Block visitor: reason and "Block for". */
  async blockVisitor(reason: string, duration: string) {
    await (await this.control('button', 'Block visitor')).click();
    await (await this.field('Reason')).type(reason);
    const select = await this.field('Block for');
    const value = await select.evaluate(
      (el, wanted) =>
        [...(el as HTMLSelectElement).options].find((o) => o.textContent === wanted)?.value ?? '',
      duration,
    );
    await select.select(value);
  }

  async confirmBlock() {
    const form = await this.page.waitForSelector('form.block-visitor');
    await (await form!.waitForSelector('button[type="submit"]'))!.click();
  }

  async hasComposerFor(to: string) {
    return (await this.page.$(composer(to))) !== null;
  }

  async waitForSending(text: string) {
    await waitForText(this.page, '.message--sending', text);
  }

  async waitForNothingSending() {
    await this.page.waitForFunction(() => !document.querySelector('.message--sending'), {
      timeout: 20_000,
      polling: 100,
    });
  }

  async waitForTransferNotice(text: string) {
    await waitForText(this.page, '.transfer-banner', text);
  }

  async waitForNoTransferNotice() {
    await this.page.waitForFunction(() => !document.querySelector('.transfer-banner'), {
      polling: 100,
    });
  }

  /** The chat is the operator's own once they may close it. */
  async waitUntilChatIsMine() {
    return this.control('button', 'Close chat');
  }

  async closeChat() {
    await (await this.waitUntilChatIsMine()).click();
  }

  async waitForContact(name: string) {
    return this.control('button', `Start chat with ${name}`);
  }

  async startTeamChatWith(name: string) {
    await (await this.waitForContact(name)).click();
  }

  async waitForOngoingChat(visitor: string) {
    return this.control('button', `View chat with ${visitor} (read-only)`);
  }

  async viewChatReadOnly(visitor: string) {
    await (await this.waitForOngoingChat(visitor)).click();
  }

  async waitForReadOnlyNote() {
    await waitForText(this.page, '[role="note"]', 'read-only');
  }

  /** The console's page loses the network (the browser's service worker keeps it). */
  async loseConnection() {
    await this.page.setOfflineMode(true);
  }

  async restoreConnection() {
    await this.page.setOfflineMode(false);
  }

  async bringToFront() {
    await this.page.bringToFront();
  }

  async close() {
    await this.page.close();
  }

  async screenshot(name: string) {
    await saveScreenshot(this.page, inject('stack').artifactsDir, name);
  }
}
