/**
 * The widget and the operator console together, each in its own browser: a visitor on the demo
 * website (no extension, fresh profile) picks Support; Otto, in another Chromium with the built
 * extension, goes online in the side panel, accepts and answers; both see each other's messages
 * live; Otto closes the chat and the visitor is told. Screenshots go to test-artifacts/.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { waitForText } from '../support/page.ts';

const stack = inject('stack');
const W = 'parley-widget >>>';

describe('a visitor and an operator in two browsers', () => {
  let visitorBrowser: LaunchedBrowser;
  let operatorBrowser: LaunchedBrowser;

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    await quietDemoWorkspace(stack);
    [visitorBrowser, operatorBrowser] = await Promise.all([
      launchChromium(),
      launchChromium({ extensionDir: stack.extension.chrome }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([visitorBrowser?.close(), operatorBrowser?.close()]);
  });

  it('Otto accepts in the side panel and both exchange messages until he closes the chat', async () => {
    const visitorName = `Wanda ${Date.now().toString(36)}`;

    // Otto: side panel, sign in, online.
    const otto = await operatorBrowser.browser.newPage();
    await otto.setViewport({ width: 420, height: 820 });
    const ottoErrors: string[] = [];
    otto.on('pageerror', (error) => ottoErrors.push(String(error)));
    await otto.goto(`chrome-extension://${operatorBrowser.extensionId}/sidepanel.html`);
    await otto.locator('input[name="email"]').fill('otto@parley.test');
    await otto.locator('input[name="password"]').fill('parley-operator');
    await otto.locator('button[type="submit"]').click();
    await otto.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
    await otto.select('select[aria-label="Presence"]', 'online');
    await otto.waitForSelector('.presence-switch--online', { timeout: 20_000 });

    // The visitor: welcome screen with departments; Support is available now.
    const visitor = await visitorBrowser.browser.newPage();
    await visitor.setViewport({ width: 1100, height: 760 });
    const visitorErrors: string[] = [];
    visitor.on('pageerror', (error) => visitorErrors.push(String(error)));
    await visitor.goto(`${stack.demoSiteUrl}/help`);
    await visitor.locator(`${W} button.launcher`).click();
    const select = await shown(visitor, `${W} select#parley-department`);
    const options = await select.evaluate((s) =>
      [...(s as HTMLSelectElement).options].map((o) => o.textContent),
    );
    expect(options).toContain('Support');
    await visitor.locator(`${W} #parley-name`).fill(visitorName);
    await select.select('support');
    await visitor.locator(`${W} button[type="submit"]`).click();
    await shown(visitor, `${W} .chat-status.waiting`);
    await typeInWidget(visitor, 'My Beacon lamp hums when dimmed.');

    // Otto accepts from the incoming list and sees the question.
    const accept = `button[aria-label="Accept chat with ${visitorName}"]`;
    await otto.waitForSelector(accept, { timeout: 20_000 });
    await saveScreenshot(otto, stack.artifactsDir, 'widget-console-incoming');
    await otto.click(accept);
    await waitForText(otto, '[role="log"]', 'My Beacon lamp hums when dimmed.');
    await shown(visitor, `${W} .message.system ::-p-text("Otto joined the chat")`);

    // Both ways, live.
    await typeInConsole(
      otto,
      `Message to ${visitorName}`,
      'That is the dimmer; we will send a new one 🛠️',
    );
    await shown(visitor, `${W} .message.operator ::-p-text("we will send a new one")`);
    expect(await text(visitor, `${W} .chat-status`)).toBe("You're chatting with Otto");
    await typeInWidget(visitor, 'תודה רבה!');
    await waitForText(otto, '[role="log"]', 'תודה רבה!');
    await saveScreenshot(visitor, stack.artifactsDir, 'widget-console-visitor');
    await saveScreenshot(otto, stack.artifactsDir, 'widget-console-operator');

    // Otto closes: the visitor's widget says so and offers a new chat.
    await otto.click('.conversation button.danger');
    await shown(visitor, `${W} ::-p-text("Start a new chat")`);
    expect(await text(visitor, `${W} .chat-ended`)).toMatch(/This chat has ended/);
    await saveScreenshot(visitor, stack.artifactsDir, 'widget-console-closed');

    await otto.select('select[aria-label="Presence"]', 'offline');
    expect(visitorErrors).toEqual([]);
    expect(ottoErrors).toEqual([]);
  });
});

// ---------------------------------------------------------------- helpers

/** Polls for an element, inside the widget's shadow root too (see widget.test.ts for why). */
async function shown(page: Page, selector: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector).catch(() => null);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function text(page: Page, selector: string) {
  return (await shown(page, selector)).evaluate((el) => el.textContent);
}

async function typeInWidget(page: Page, message: string) {
  const box = await shown(page, `${W} textarea[aria-label="Message"]`);
  await box.type(message);
  await box.press('Enter');
  await shown(page, `${W} .message.own:not(.pending) ::-p-text(${JSON.stringify(message)})`);
}

async function typeInConsole(page: Page, label: string, message: string) {
  const box = `textarea[aria-label="${label}"]`;
  await page.waitForSelector(box);
  await page.focus(box);
  await page.keyboard.type(message);
  await page.keyboard.press('Enter');
}
