/** Puppeteer waits the browser suites share (Chromium and Firefox alike). */
import type { ElementHandle, Page } from 'puppeteer-core';

/** Waits until some element matching `selector` contains `text`. */
export async function waitForText(page: Page, selector: string, text: string, timeout = 20_000) {
  await page.waitForFunction(
    (sel, wanted) =>
      [...document.querySelectorAll(sel)].some((el) => (el.textContent ?? '').includes(wanted)),
    { timeout, polling: 100 },
    selector,
    text,
  );
}

/** The visible element matching `selector`, looking inside shadow roots (the widget's) too. */
export async function deep(page: Page, selector: string, timeout = 20_000): Promise<ElementHandle> {
  const handle = await page.waitForSelector(`pierce/${selector}`, { timeout, visible: true });
  if (!handle) throw new Error(`${selector} not found`);
  return handle;
}
