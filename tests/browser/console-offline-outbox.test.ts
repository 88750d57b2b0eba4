/**
 * The console's outbox, in Chromium with the built extension against the seeded stack: Otto,
 * in a chat with a visitor (who is in a browser of their own), loses the network; what he types
 * shows as sending and goes out once he is back online, and goes out through the service worker
 * even when he closes the console first. Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { setWorkerOffline } from '../support/extension-worker.ts';
import { step } from '../support/scenario.ts';
import { visitorName, type WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');

describe('messages typed while offline', () => {
  let otto: Operator;
  let visitorBrowser: LaunchedBrowser;
  let visitor: WidgetVisitor;

  beforeAll(async () => {
    await quietDemoWorkspace();
    [otto, visitorBrowser] = await Promise.all([
      operatorOnline(stack.accounts.otto),
      launchChromium(),
    ]);
    visitor = await chatAcceptedBy(otto, visitorBrowser.browser, {
      name: vera,
      department: 'Support',
      message: 'Hi, where is my order?',
    });
    // Otto has written before he loses the network, as in any chat.
    await otto.console.send(vera, 'Otto here, I will take it from here.');
    await visitor.waitForMessage('Otto here, I will take it from here.');
  });
  afterAll(async () => {
    await Promise.all([otto?.browser.close(), visitorBrowser?.close()]);
  });

  it('queues a message typed offline, shows it as sending, and sends it when back online', async () => {
    const panel = otto.console;
    await panel.bringToFront();
    // The whole machine is offline: the page and the extension's worker.
    await Promise.all([panel.loseConnection(), setWorkerOffline(otto.browser, true)]);
    onTestFinished(async () => {
      await panel.restoreConnection().catch(() => {});
      await setWorkerOffline(otto.browser, false).catch(() => {});
    });
    await panel.send(vera, 'Typed while offline.');
    await step('the message shows as sending', [panel.page], () =>
      panel.waitForSending('Typed while offline.'),
    );
    await panel.screenshot('console-07b-sending-offline');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await visitor.conversationText()).not.toContain('Typed while offline.');
    await Promise.all([panel.restoreConnection(), setWorkerOffline(otto.browser, false)]);
    await step('it reaches the visitor once online', [panel.page, visitor.page], () =>
      visitor.waitForMessage('Typed while offline.', 40_000),
    );
    await step('it no longer shows as sending', [panel.page], () => panel.waitForNothingSending());
  });

  it('sends a message typed offline even when the panel closes before it went out', async () => {
    const panel = otto.console;
    await panel.bringToFront();
    await panel.loseConnection();
    await panel.send(vera, 'Typed, then the panel closed.');
    await step('it shows as sending', [panel.page], () =>
      panel.waitForSending('Typed, then the panel closed.'),
    );
    await panel.close();
    await step('the service worker delivers it', [visitor.page], () =>
      visitor.waitForMessage('Typed, then the panel closed.', 40_000),
    );
    const reopened = await ConsolePage.open(otto.browser);
    await reopened.waitForTab(vera);
  });
});
