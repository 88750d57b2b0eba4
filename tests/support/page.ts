/** Puppeteer queries and waits the browser suites share (Chromium and Firefox alike). */
import type { ElementHandle, Page } from 'puppeteer-core';
import { eventually } from './wait.ts';

/** Puppeteer's ARIA selector: the element with this role and accessible name. */
export const byRole = (role: string, name: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

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

/** Waits until no element matching `selector` contains `text`. */
export async function waitForNoText(page: Page, selector: string, text: string, timeout = 20_000) {
  await page.waitForFunction(
    (sel, gone) =>
      ![...document.querySelectorAll(sel)].some((el) => (el.textContent ?? '').includes(gone)),
    { timeout, polling: 100 },
    selector,
    text,
  );
}

/**
 * Waits for an element by polling, so it also finds what appears inside a shadow root (the
 * widget's): page.waitForSelector watches the document's mutations, which a shadow root's
 * changes never reach.
 */
export function shown(page: Page, selector: string, timeoutMs = 20_000): Promise<ElementHandle> {
  return eventually(async () => (await page.$(selector)) ?? undefined, selector, timeoutMs);
}

/** The text of the element `shown` finds. */
export async function textOf(page: Page, selector: string) {
  return (await shown(page, selector)).evaluate((el) => el.textContent);
}

/** Collects the page's uncaught errors; tests expect the list to stay empty. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
