import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { acceptChatOf, operatorOnline, workspaceSummary } from '../support/history-fixture.ts';

/**
 * The end of a chat for the visitor (ADR 007), in Chromium on the demo website: after "End chat"
 * the widget asks for a rating and offers the transcript by email; the rating reaches the chat
 * (a note) and History, the transcript the SMTP sink. Screenshot: test-artifacts/widget-end-of-chat.png.
 */

const stack = inject('stack');
const W = 'parley-widget >>>'; // puppeteer's shadow-piercing combinator
let chromium: LaunchedBrowser;

/** Polls for an element inside the widget's shadow root (mutation observers don't see in). */
async function shown(page: Page, selector: string, timeoutMs = 20_000): Promise<ElementHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The sink's mails to `address` (tests/setup/stack.ts starts the sink). */
async function mailsTo(address: string) {
  const all = (await (await fetch(stack.smtp.messagesUrl)).json()) as {
    envelope: { to: string[] };
    subject: string;
    text: string;
  }[];
  return all.filter((mail) => mail.envelope.to.includes(address));
}

beforeAll(async () => {
  await quietDemoWorkspace(stack);
  await operatorOnline(stack, 'nora');
  chromium = await launchChromium();
});
afterAll(async () => {
  await quietDemoWorkspace(stack);
  await chromium?.close();
});

describe('the end of a chat, in the widget', () => {
  it('asks for a rating and mails the transcript, which the operator’s side sees', async () => {
    const page = await chromium.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${stack.demoSiteUrl}/products`);
    await page.locator(`${W} button.launcher`).click();

    const visitorName = `Rita ${Date.now()}`;
    const email = `rita.${Date.now()}@example.com`;
    const select = await shown(page, `${W} select#parley-department`);
    await page.locator(`${W} #parley-name`).fill(visitorName);
    await page.locator(`${W} #parley-email`).fill(email);
    await select.select('sales');
    await page.locator(`${W} button[type="submit"]`).click();
    await shown(page, `${W} .chat-status.waiting`);
    const chatId = await acceptChatOf(stack, 'nora', visitorName);
    await shown(page, `${W} .chat-status.joined`);

    await page.locator(`${W} button.end-chat`).click();
    const rate = `${W} form[aria-label="Rate this chat"]`;
    await shown(page, rate);
    await page.locator(`${rate} button ::-p-text(👎 Bad)`).click();
    await page.locator(`${W} #rate-comment`).fill('I waited too long.');
    await page.locator(`${rate} button[type="submit"]`).click();
    await shown(page, `${W} ::-p-text(You rated this chat bad)`);
    await shown(page, `${W} .message.system ::-p-text(rated this chat bad)`);

    const field = await shown(page, `${W} #transcript-email`);
    expect(await field.evaluate((input) => (input as HTMLInputElement).value)).toBe(email);
    await page
      .locator(`${W} form[aria-label="Email the transcript"] button[type="submit"]`)
      .click();
    await shown(page, `${W} ::-p-text(We sent the transcript to)`);
    await saveScreenshot(page, stack.artifactsDir, 'widget-end-of-chat');

    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Your chat with Demo Shop');
    expect(mail!.text).toContain(`${visitorName} ended the chat.`);
    expect(await workspaceSummary(stack, chatId)).toMatchObject({
      rating: 'bad',
      ratingComment: 'I waited too long.',
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
