import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { endedChats, ongoingChat } from '../support/history-fixture.ts';
import { HistoryPage } from '../support/history-page.ts';
import { waitForText } from '../support/page.ts';

/**
 * A returning visitor in the console (ADR 007): Nora answers a visitor who chatted before; Visitor
 * info lists the earlier chat she took part in (not the one Otto had) and opens its transcript in
 * History. Screenshot: test-artifacts/console-earlier-chats.png.
 */

const stack = inject('stack');
let chromium: LaunchedBrowser;
let page: Page;
const errors: string[] = [];
const visitorUid = `visitor-${randomUUID().slice(0, 8)}`;
const name = `Rosa ${Date.now().toString(36)}`;

beforeAll(async () => {
  if (!stack.extension) throw new Error('the browser stack did not build the extension');
  await quietDemoWorkspace(stack);
  await endedChats(stack, [
    {
      visitor: { name },
      visitorUid,
      operator: 'otto',
      messages: [['visitor', 'Otto’s chat, not for Nora']],
    },
    {
      visitor: { name },
      visitorUid,
      operator: 'nora',
      messages: [['visitor', 'Where is the red lamp I ordered?']],
    },
  ]);
  await ongoingChat(stack, {
    visitor: { name },
    visitorUid,
    operator: 'nora',
    messages: [['visitor', 'Hello again!']],
  });
  chromium = await launchChromium({ extensionDir: stack.extension.chrome });
  page = await chromium.browser.newPage();
  await page.setViewport({ width: 420, height: 820 });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`chrome-extension://${chromium.extensionId}/sidepanel.html`);
  await page.locator('input[name="email"]').fill(stack.accounts.nora.email);
  await page.locator('input[name="password"]').fill(stack.accounts.nora.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
});

afterAll(async () => {
  await quietDemoWorkspace(stack);
  await chromium?.close();
});

describe('Visitor info of a returning visitor', () => {
  it('lists the earlier chats I took part in and opens their transcript', async () => {
    await page.locator(`[role="tab"][aria-label^=${JSON.stringify(name)}]`).click();
    await page.locator('details.visitor-info summary').click();
    const list = 'ul[aria-label="Earlier chats with this visitor"]';
    await page.waitForSelector(list, { timeout: 20_000 });
    expect(await page.$$eval(`${list} li`, (items) => items.length)).toBe(1);
    await saveScreenshot(page, stack.artifactsDir, 'console-earlier-chats');
    await page.locator(`${list} button`).click();
    await waitForText(page, '#transcript-title', `Chat with ${name}`);
    expect(await new HistoryPage(page).transcript()).toContain(
      `${name}: Where is the red lamp I ordered?`,
    );
    expect(errors).toEqual([]);
  });
});
