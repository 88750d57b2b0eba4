/**
 * The Control Panel (the extension's options page) as an admin or operator uses it, one method
 * per thing they do or look for. Controls are found by role and accessible name.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from './chromium.ts';
import type { Account } from './console-page.ts';
import { byRole, pageErrors, waitForNoText, waitForText } from './page.ts';

const SECTIONS = 'nav[aria-label="Control panel sections"]';

export class ControlPanel {
  /** Uncaught errors of the page since it was opened. */
  readonly errors: string[];

  private constructor(
    readonly page: Page,
    /** The options page's address (chrome-extension://… or moz-extension://…). */
    private readonly address: string,
  ) {
    this.errors = pageErrors(page);
  }

  /** Opens the options page in a new tab of the operator's Chromium. */
  static async open(
    operator: ExtensionBrowser,
    viewport: { width: number; height: number } | null = { width: 1200, height: 900 },
  ): Promise<ControlPanel> {
    const page = await operator.browser.newPage();
    if (viewport) await page.setViewport(viewport);
    const panel = new ControlPanel(page, `chrome-extension://${operator.extensionId}/options.html`);
    await panel.goTo('');
    return panel;
  }

  /** An options page the browser already shows (Firefox: opened by the add-on, see firefox.ts). */
  static async attach(page: Page): Promise<ControlPanel> {
    await page.setViewport({ width: 1200, height: 900 });
    const address = await page.evaluate(() => location.href.split('#')[0]!);
    return new ControlPanel(page, address);
  }

  /**
   * Loads the options page at `#hash` (a panel's id), as a typed-in address would. Chromium only:
   * Firefox refuses WebDriver navigations to moz-extension:// addresses.
   */
  async goTo(hash: string) {
    await this.page.goto(hash ? `${this.address}#${hash}` : this.address);
  }

  /** Fills in and sends the sign-in form, without waiting for the outcome. */
  async submitSignIn({ email, password }: Account) {
    await this.fillIn('Email', email);
    // By type: a password field is a textbox in Chromium but "password text" in Firefox.
    await this.page.locator('form.sign-in input[type="password"]').fill(password);
    // The account switch above the form has a "Sign in" button too; this is the form's.
    await this.page.locator('form.sign-in button[type="submit"]').click();
  }

  async signIn(account: Account) {
    await this.submitSignIn(account);
    await this.waitUntilSignedIn();
  }

  async waitUntilSignedIn() {
    await this.page.waitForSelector(SECTIONS, { timeout: 20_000 });
  }

  async signOut() {
    await this.press('Sign out');
    await this.page.waitForSelector('input[name="email"]', { timeout: 20_000 });
  }

  /** The section links of the signed-in Control Panel, in order. */
  async sections(): Promise<string[]> {
    return this.page.$$eval(`${SECTIONS} a`, (links) =>
      links.map((a) => a.textContent?.trim() ?? ''),
    );
  }

  /** Follows the section link to panel `id` and waits for its heading. */
  async openPanel(id: string, heading: string) {
    await this.page.locator(`${SECTIONS} a[href="#${id}"]`).click();
    await waitForText(this.page, 'main h2', heading);
  }

  /** Waits until no dialog is open (a closing modal still swallows clicks meant for the page). */
  async waitForNoDialog() {
    await this.page.waitForFunction(() => !document.querySelector('dialog[open]'), {
      timeout: 20_000,
      polling: 100,
    });
  }

  /** Clicks the control with this role and accessible name (a button unless said otherwise). */
  async press(name: string, role = 'button') {
    await this.page.locator(byRole(role, name)).setTimeout(20_000).click();
  }

  /** Opens the menu of button `menu` and picks `item`. */
  async chooseFromMenu(menu: string, item: string) {
    await this.press(menu);
    await this.press(item, 'menuitem');
  }

  /** Types `value` into the field labelled `label` (replacing what it held). */
  async fillIn(label: string, value: string, role = 'textbox') {
    await this.page.locator(byRole(role, label)).setTimeout(20_000).fill(value);
  }

  /** Chooses `value` in the drop-down labelled `label`. */
  async choose(label: string, value: string) {
    await this.page.locator(byRole('combobox', label)).setTimeout(20_000).fill(value);
  }

  async tick(label: string) {
    await this.press(label, 'checkbox');
  }

  /** The current value of the field labelled `label`. */
  async valueOf(label: string, role = 'textbox') {
    const field = await this.page.waitForSelector(byRole(role, label), { timeout: 20_000 });
    return field!.evaluate((el) => (el as HTMLInputElement).value);
  }

  async has(name: string, role = 'button') {
    return (await this.page.$(byRole(role, name))) !== null;
  }

  async waitForText(selector: string, text: string, timeout?: number) {
    await waitForText(this.page, selector, text, timeout);
  }

  async waitForNoText(selector: string, text: string, timeout?: number) {
    await waitForNoText(this.page, selector, text, timeout);
  }

  async waitForStatus(text: string, within = '') {
    await waitForText(this.page, `${within} [role="status"]`.trim(), text);
  }

  /** Opens Getting started and waits until its checklist shows `item` (a data-item id) as done. */
  async waitUntilTicked(item: string, timeout = 30_000) {
    // Other tabs came to the front meanwhile; a background tab's clicks wait for frames forever.
    await this.page.bringToFront();
    await this.openPanel('getting-started', 'Getting started').catch(async (error) => {
      // Say where the page was instead of only that the heading never came.
      const state = await this.page.evaluate(() => ({
        hash: location.hash,
        h2: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
        dialogs: document.querySelectorAll('dialog[open]').length,
      }));
      throw new Error(`${JSON.stringify(state)} ${error}`);
    });
    await this.page
      .waitForSelector(`li[data-item="${item}"].checklist__item--done`, { timeout })
      .catch(async (error) => {
        // Say which items the checklist did show as done.
        const done = await this.page.$$eval('li.checklist__item--done', (items) =>
          items.map((li) => li.getAttribute('data-item')),
        );
        throw new Error(`${item} never ticked (done: ${done.join(', ') || 'none'}): ${error}`);
      });
  }

  /** The item of operator `name` in the operator picker's list headed `list`. */
  async pickerItem(list: string, name: string): Promise<ElementHandle> {
    const handle = await this.page.waitForFunction(
      (heading, wanted) => {
        for (const section of document.querySelectorAll('.picker__list')) {
          if (!section.querySelector('h4')?.textContent?.startsWith(heading)) continue;
          for (const item of section.querySelectorAll('.picker__item'))
            if (item.querySelector('.picker__name')?.textContent?.startsWith(wanted)) return item;
        }
        return null;
      },
      { timeout: 10_000 },
      list,
      name,
    );
    return handle as ElementHandle;
  }

  /**
   * Drags operator `name` with the mouse from the picker's left list into the chosen one.
   * Firefox does not start an HTML drag session from WebDriver's synthesized mouse moves (they
   * never reach its native drag service), so there the same drag events are dispatched in the
   * page, carrying the data the item's dragstart handler puts in.
   */
  async dragIntoChosen(name: string) {
    const item = await this.pickerItem('Operators', name);
    const target = await this.page.waitForSelector('.picker__list--chosen');
    if (this.address.startsWith('moz-extension:')) await dispatchDrag(item, target!);
    else await target!.drop(item);
    await this.page.waitForFunction(
      (wanted) =>
        document.querySelector('.picker__list--chosen')?.textContent?.includes(wanted) ?? false,
      { timeout: 5_000 },
      name,
    );
  }

  /** The operators chosen in the picker list headed `list`. */
  async chosen(list: string): Promise<string[]> {
    return this.page.$$eval(
      '.picker__list--chosen',
      (sections, heading) =>
        sections
          .filter((s) => s.querySelector('h4')?.textContent?.startsWith(heading))
          .flatMap((s) =>
            [...s.querySelectorAll('.picker__name')].map((n) => n.textContent?.trim() ?? ''),
          ),
      list,
    );
  }

  async screenshot(name: string) {
    await saveScreenshot(this.page, inject('stack').artifactsDir, name);
  }
}

/** Drags `item` onto `target` with DOM drag events sharing one DataTransfer, as a browser's drag would. */
async function dispatchDrag(item: ElementHandle, target: ElementHandle) {
  await item.evaluate((source, zone) => {
    const transfer = new DataTransfer();
    const fire = (el: Element, type: string) =>
      el.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    fire(source, 'dragstart');
    fire(zone, 'dragenter');
    fire(zone, 'dragover');
    fire(zone, 'drop');
    fire(source, 'dragend');
  }, target);
}

/** A Chromium of its own with the Control Panel open, signed in as `account` when given. */
export async function controlPanelFor(
  account?: Account,
): Promise<{ browser: ExtensionBrowser; panel: ControlPanel }> {
  const browser = await launchWithExtension();
  const panel = await ControlPanel.open(browser);
  if (account) await panel.signIn(account);
  return { browser, panel };
}
