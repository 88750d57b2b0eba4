/**
 * The accessibility gate for the operator's side of the extension, in one Chromium: axe-core
 * (tests/support/accessibility.ts) on the side panel signed out, signed in with no chats, with an
 * incoming chat, with the chat open, on Contacts, Search and History, with a transfer request,
 * and on the popup signed out and in.
 * Serious or critical violations fail. With it, what a keyboard and screen-reader user needs:
 * accepting with the keyboard puts the focus in the new chat's message box, and the console's
 * live region announces a new chat, a new message and a transfer request.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.ts';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { endedChats } from '../support/history-fixture.ts';
import { HistoryPage } from '../support/history-page.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { waitForNoText, waitForText } from '../support/page.ts';
import { step } from '../support/scenario.ts';
import { eventually } from '../support/wait.ts';
import { visitorName, visitorStartsChat, type WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');
const walt = visitorName('Walt');

describe('accessibility of the console and the popup', () => {
  let browser: ExtensionBrowser;
  let nora: ConsolePage;
  let popup: Page;
  let visitor: WidgetVisitor;
  let otto: OperatorClient | undefined;

  beforeAll(async () => {
    await quietDemoWorkspace();
    // A chat that is over, so Nora's History has a row whatever ran before.
    [, browser] = await Promise.all([
      endedChats(stack, [
        {
          visitor: { name: visitorName('Rita') },
          operator: 'nora',
          messages: [
            ['visitor', 'Hello?'],
            ['operator', 'Hi Rita.'],
          ],
        },
      ]),
      launchWithExtension(),
    ]);
  });
  afterAll(async () => {
    await otto?.heartbeat('offline').catch(() => {});
    await otto?.close();
    await browser?.close();
    await quietDemoWorkspace();
  });

  it('passes axe signed out, on the side panel and the popup', async () => {
    nora = await ConsolePage.open(browser);
    await nora.page.waitForSelector('input[name="password"]');
    await expectAccessible(nora.page, 'the console, signed out');

    popup = await browser.browser.newPage();
    await popup.setViewport({ width: 360, height: 480 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await waitForText(popup, 'main', 'Open console');
    await expectAccessible(popup, 'the popup, signed out');
    // axe rates a page without a main landmark or a first-level heading only "moderate".
    expect(await popup.$$eval('main', (mains) => mains.length)).toBe(1);
    expect(await popup.$eval('h1', (h1) => h1.textContent)).toMatch(/\S/);
  });

  it('passes axe signed in with no chats, on the side panel and the popup', async () => {
    await nora.bringToFront();
    await nora.signIn(stack.accounts.nora);
    await step('Nora is online', [nora.page], () => nora.goOnline());
    // Live data in (team chats of earlier suites may show as tabs; no visitor chat is open).
    await nora.page.waitForSelector('.console[data-live="true"]', { timeout: 20_000 });
    await expectAccessible(nora.page, 'the console, signed in with no chats');

    await popup.reload();
    await popup.waitForSelector('[data-count="waiting"]', { timeout: 20_000 });
    await expectAccessible(popup, 'the popup, signed in');
    await popup.close();
  });

  it('announces an incoming chat, and passes axe with it', async () => {
    visitor = await visitorStartsChat(browser.browser, {
      name: vera,
      department: 'Sales',
      message: 'Is the oak table in stock?',
    });
    await nora.bringToFront();
    await nora.waitForIncoming(vera);
    await step('the live region announces the chat', [nora.page], () =>
      nora.waitForAnnouncement(`New chat from ${vera}`),
    );
    await expectAccessible(nora.page, 'the console with an incoming chat');
  });

  it('accepted with the keyboard, the chat takes the focus into its message box', async () => {
    const accept = await nora.waitForIncoming(vera);
    await accept.focus();
    await nora.page.keyboard.press('Enter');
    await step('the focus lands in the composer of the new chat', [nora.page], () =>
      nora.page.waitForFunction(
        (label) => document.activeElement?.matches(`textarea[aria-label=${JSON.stringify(label)}]`),
        { timeout: 20_000, polling: 50 },
        `Message to ${vera}`,
      ),
    );
    await nora.waitForMessage('Is the oak table in stock?');
    await expectAccessible(nora.page, 'the console with an open chat');
  });

  it('announces a visitor message whose chat is not on screen; axe on the other sections', async () => {
    await nora.showSection('Contacts');
    await expectAccessible(nora.page, 'the console’s Contacts');
    await visitor.send('Thanks, I will wait.');
    await nora.bringToFront();
    await step('the live region announces the message', [nora.page], () =>
      nora.waitForAnnouncement(`New message from ${vera}`),
    );
    await nora.showSection('Search');
    await expectAccessible(nora.page, 'the console’s Search');
    await new HistoryPage(nora.page).showInConsole();
    await waitForNoText(nora.page, 'main', 'Loading');
    await expectAccessible(nora.page, 'the console’s History');
  });

  it('announces a transfer request, and passes axe with it', async () => {
    otto = await signInOperator('otto@parley.test', 'parley-operator');
    await otto.heartbeat('online');
    // A visitor of their own: in Vera's browser context the widget would reopen her chat.
    await visitorStartsChat(await browser.browser.createBrowserContext(), {
      name: walt,
      department: 'Support',
      message: 'My lamp flickers.',
    });
    const chat = await eventually(() => otto!.offeredChat(walt), 'Walt’s chat offered to Otto');
    await otto.accept(chat.id);
    await otto.requestTransfer(chat.id, 'Nora');
    await nora.bringToFront();
    await step('the live region announces the transfer', [nora.page], () =>
      nora.waitForAnnouncement('Transfer request from Otto'),
    );
    await nora.showSection('Chats');
    await nora.waitForTransferNotice('Otto');
    await expectAccessible(nora.page, 'the console with a transfer request');
    expect(nora.errors).toEqual([]);
  });
});
