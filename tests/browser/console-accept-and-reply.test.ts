/**
 * An operator's first chat, in Chromium with the built extension against the seeded stack: Nora
 * signs in and goes online, a visitor on the demo website asks Sales something, Nora accepts,
 * replies and sends the canned response /hello, and the visitor reads both.
 * Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { step } from '../support/scenario.ts';
import { visitorName, visitorStartsChat } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');

describe('accepting a chat and replying', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    await quietDemoWorkspace();
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('signs in, goes online, accepts a widget chat, replies and sends a canned response', async () => {
    const nora = await ConsolePage.open(browser);
    await nora.signIn(stack.accounts.nora);
    // The switch follows the stored presence document, so this proves the write went through.
    await step('Nora is online', [nora.page], () => nora.goOnline());
    await nora.screenshot('console-02-nora-online');

    const visitor = await visitorStartsChat(browser.browser, {
      name: vera,
      department: 'Sales',
      message: 'Hi, where is my order?',
    });
    await nora.bringToFront();
    await nora.waitForIncoming(vera);
    await nora.screenshot('console-03-incoming');
    await nora.accept(vera);
    await step('the accepted chat opens as a tab', [nora.page], () =>
      nora.waitForSelectedTab(vera),
    );
    await step('the visitor message shows', [nora.page], () =>
      nora.waitForMessage('Hi, where is my order?'),
    );

    await nora.send(vera, 'Let me check that for you.');
    await step('the visitor sees the reply', [nora.page, visitor.page], () =>
      visitor.waitForMessage('Let me check that for you.'),
    );

    await nora.send(vera, '/hello');
    await step('the canned response is sent', [nora.page, visitor.page], async () => {
      await nora.waitForMessage(`Hello ${vera}, I am Nora. How can I help you today?`);
      await visitor.waitForMessage(`Hello ${vera}, I am Nora.`);
    });
    await nora.screenshot('console-04-replied');
    expect(nora.errors).toEqual([]);
  });
});
