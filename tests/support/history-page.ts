/**
 * History (the console's History section and the Control Panel's History panel) as an operator
 * uses it: found by role and accessible name, like a screen-reader user would.
 */
import type { Page } from 'puppeteer-core';
import { byRole, waitForText } from './page.ts';

const LIST = 'ul[aria-label^="Chats that are over"]';

export class HistoryPage {
  constructor(readonly page: Page) {}

  /** Opens the console's History section. */
  async showInConsole() {
    await this.page
      .locator(`nav[aria-label="Console sections"] ${byRole('button', 'History')}`)
      .click();
    await waitForText(this.page, 'h2', 'History');
  }

  /** Opens the Control Panel's History panel. */
  async showInControlPanel() {
    await this.page.locator('nav a[href="#history"]').click();
    await waitForText(this.page, 'main h2', 'History');
  }

  /** Fills in the filters that are given and presses Enter in the words field. */
  async search(filter: { words?: string; operator?: string; rating?: string }) {
    const form = 'form[aria-label="Filter history"]';
    if (filter.operator !== undefined)
      await this.selectByLabel(`${form} label`, 'Operator', filter.operator);
    if (filter.rating !== undefined)
      await this.selectByLabel(`${form} label`, 'Rating', filter.rating);
    const words = await this.page.waitForSelector(`${form} input[type="search"]`);
    await words!.click({ count: 3 });
    await this.page.keyboard.press('Backspace');
    if (filter.words) await words!.type(filter.words);
    await this.page.keyboard.press('Enter');
  }

  private async selectByLabel(labels: string, label: string, optionText: string) {
    await this.page.$$eval(
      labels,
      (elements, wanted, option) => {
        const found = elements.find((el) => el.textContent?.trim().startsWith(wanted));
        const select = found?.querySelector('select');
        if (!select) throw new Error(`no select labelled ${wanted}`);
        const choice = [...select.options].find((o) => o.text === option);
        if (!choice) throw new Error(`no option ${option} in ${wanted}`);
        select.value = choice.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      label,
      optionText,
    );
  }

  /** Waits until the list shows exactly these visitors (in this order), newest first. */
  async waitForRows(visitors: string[], timeout = 20_000) {
    await this.page.waitForFunction(
      (list, wanted) => {
        const names = [...document.querySelectorAll(`${list} li strong`)].map((s) => s.textContent);
        return names.join('|') === wanted.join('|');
      },
      { timeout, polling: 100 },
      LIST,
      visitors,
    );
  }

  async waitForEmpty() {
    await waitForText(this.page, '.empty', 'No chat that is over matches');
  }

  /** Opens a row with the keyboard, as Enter on its button. */
  async open(visitor: string) {
    const button = await this.page.waitForSelector(
      `::-p-xpath(//button[contains(@class, "history-row__open")][.//strong[normalize-space(.)=${JSON.stringify(visitor)}]])`,
    );
    await button!.focus();
    await this.page.keyboard.press('Enter');
    await waitForText(this.page, '#transcript-title', `Chat with ${visitor}`);
  }

  /** The transcript's messages as "author: text" lines, once it has loaded. */
  async transcript(): Promise<string[]> {
    await this.page.waitForSelector('ol[aria-label="Transcript"]', { timeout: 20_000 });
    return this.page.$$eval('ol[aria-label="Transcript"] li', (items) =>
      items.map(
        (li) =>
          `${li.querySelector('span')?.textContent?.split(' ·')[0]}: ${li.querySelector('p')?.textContent}`,
      ),
    );
  }

  /** The facts shown above the transcript (Operators, Rating, …) by their term. */
  async fact(term: string): Promise<string> {
    return this.page.$$eval(
      '.transcript dl dt',
      (terms, wanted) =>
        terms.find((dt) => dt.textContent === wanted)?.nextElementSibling?.textContent ?? '',
      term,
    );
  }

  async back() {
    await this.page.locator('::-p-aria(Back to history)').click();
    await this.page.waitForSelector(LIST, { timeout: 20_000 });
  }
}
