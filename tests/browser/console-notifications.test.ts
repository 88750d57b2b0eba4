/**
 * While the console is closed, in two Chromiums with the built extension (Nora and Otto) against
 * the seeded stack: the service worker notifies Otto of his visitor's message and Nora of a new
 * chat (counted on the badge and in the popup); when Otto opens the console again it paints from
 * the local cache and shows the conversation a notification click asks for.
 * Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot } from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { requestFocus, waitForNotification } from '../support/extension-worker.ts';
import { waitForText } from '../support/page.ts';
import { step } from '../support/scenario.ts';
import { visitorName, visitorStartsChat, type WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');

describe('notifications while the console is closed', () => {
  let nora: Operator;
  let otto: Operator;
  let visitor: WidgetVisitor;

  beforeAll(async () => {
    await quietDemoWorkspace();
    [nora, otto] = await Promise.all([
      operatorOnline(stack.accounts.nora),
      operatorOnline(stack.accounts.otto),
    ]);
    visitor = await chatAcceptedBy(otto, nora.browser.browser, {
      name: vera,
      department: 'Support',
      message: 'Hi, where is my order?',
    });
    // A team chat Otto has seen, for the notification click below to ask for.
    await nora.console.bringToFront();
    await nora.console.showSection('Contacts');
    await nora.console.startTeamChatWith('Otto');
    await nora.console.send('Otto', 'Can you take the next pricing question?');
    await otto.console.bringToFront();
    await otto.console.openTab('Nora, team chat');
    await otto.console.waitForMessage('Can you take the next pricing question?');
  });
  afterAll(async () => {
    await Promise.all([nora?.browser.close(), otto?.browser.close()]);
  });

  it('notifies Otto of a visitor message while his console is closed', async () => {
    await otto.console.close();
    await visitor.page.bringToFront();
    await visitor.type('Are you still there?');
    const { ids } = await step('the service worker shows a notification', [visitor.page], () =>
      waitForNotification(otto.browser, 'message|chat:demo:'),
    );
    expect(ids.some((id) => id.startsWith('message|chat:demo:'))).toBe(true);
  });

  it('notifies Nora of a new chat and counts it on the badge while her console is closed', async () => {
    await nora.console.close();
    const walt = await visitorStartsChat(otto.browser.browser, {
      name: visitorName('Walt'),
      department: 'Sales',
      message: 'Do you ship to Norway?',
    });
    const result = await step("Nora's worker notifies and badges", [walt.page], () =>
      waitForNotification(nora.browser, 'incoming|', { withBadge: true }),
    );
    expect(result.ids.some((id) => id.startsWith('incoming|'))).toBe(true);
    expect(result.badge).toBe('1');

    const popup = await nora.browser.browser.newPage();
    await popup.goto(`chrome-extension://${nora.browser.extensionId}/popup.html`);
    await step('the popup counts the waiting chat', [popup], () =>
      waitForText(popup, '[data-count="waiting"]', '1'),
    );
    expect(await popup.$('select[aria-label="Presence"]')).not.toBeNull();
    await saveScreenshot(popup, stack.artifactsDir, 'console-10a-popup');
    await popup.close();
    await walt.close();
  });

  it('paints the console again from the local cache and closes the chat', async () => {
    const panel = await ConsolePage.open(otto.browser);
    await step("Otto's chat is back", [panel.page], async () => {
      await panel.openTab(vera);
      await panel.waitForMessage('Are you still there?');
    });
    const [first, second] = [stack.accounts.nora.uid, stack.accounts.otto.uid].sort();
    await requestFocus(otto.browser, `internal:demo:${first}_${second}`);
    await step('the console shows the requested conversation', [panel.page], () =>
      panel.waitForTab('Nora, team chat', { selected: true }),
    );
    await panel.openTab(vera);
    await panel.closeChat();
    await step('the chat is closed for the visitor', [panel.page, visitor.page], () =>
      panel.waitForNoTab(vera),
    );
    await panel.screenshot('console-10-closed');
    expect(panel.errors).toEqual([]);
  });
});
