/**
 * The accessibility gate for the visitor widget, in Chromium on the demo website: axe-core
 * (tests/support/accessibility.ts) runs inside the widget's open shadow root on each screen a
 * visitor meets, in one visit: the launcher, the off-line form (nobody online), the welcome
 * form, the queue, waiting for an operator, the chat with messages both ways (their timestamps
 * included), and the end of the chat with its rating. Serious or critical violations fail.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, expectAccessible } from '../support/accessibility.ts';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { patchDocument, waitForDocument } from '../support/documents.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { eventually } from '../support/wait.ts';
import { visitorName, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const NORA = `workspaces/demo/presence/${stack.accounts.nora.uid}`;
const WIDGET = 'parley-widget';

describe('accessibility of the widget', () => {
  let chromium: LaunchedBrowser;
  let nora: OperatorClient | undefined;

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await patchDocument(NORA, { activeChats: 0 }).catch(() => {});
    await nora?.heartbeat('offline').catch(() => {});
    await nora?.close();
    await chromium?.close();
  });

  it('the runner sees inside an open shadow root, and only there (the gate can fail)', async () => {
    const page = await chromium.browser.newPage();
    await page.setContent(`<main><h1>Shop</h1><p style="color:#ccc">the page's own</p></main>
      <parley-widget></parley-widget><script>
      document.querySelector('parley-widget').attachShadow({ mode: 'open' }).innerHTML =
        '<time style="color:#8a90a0">10:42</time><button></button>';</script>`);
    const found = await axeViolations(page, WIDGET);
    expect(found.map((v) => `${v.id} ${v.nodes[0]?.target}`).sort()).toEqual([
      'button-name parley-widget >>> button',
      'color-contrast parley-widget >>> time',
    ]);
    await page.close();
  });

  it('has no serious or critical axe violation on any screen', { timeout: 120_000 }, async () => {
    const away = await WidgetVisitor.arrive(chromium.browser, { width: 1000, height: 760 });
    await away.visit('/products');
    await away.find('button.launcher', 40_000);
    await expectAccessible(away.page, 'the widget launcher', WIDGET);
    await away.openChat();
    await away.find('#parley-offline-title');
    await expectAccessible(away.page, 'the off-line form', WIDGET);
    await away.close();

    // Nora is online with every slot taken, so the chat waits in the queue first.
    nora = await signInOperator('nora@parley.test', 'parley-operator');
    await nora.heartbeat('online');
    await patchDocument(NORA, { activeChats: 5 });
    await waitForDocument('workspaces/demo/summaries/routing', (summary) => {
      const presence = summary?.presence as Record<string, { activeChats: number }> | undefined;
      return presence?.[stack.accounts.nora.uid]?.activeChats === 5;
    });
    // A visitor of their own: the first one's open panel would come back open on a new page.
    const context = await chromium.browser.createBrowserContext();
    const visitor = await WidgetVisitor.arrive(context, { width: 1000, height: 760 });
    await visitor.visit('/products');
    await visitor.openChat();
    await visitor.find('#parley-name');
    await expectAccessible(visitor.page, 'the welcome form', WIDGET);

    const name = visitorName('Ada');
    await visitor.fillWelcome({ name, department: 'Sales' });
    await visitor.startChat();
    await visitor.find('.chat-status.queue');
    await expectAccessible(visitor.page, 'the queue', WIDGET);

    await patchDocument(NORA, { activeChats: 4 });
    const chat = await eventually(() => nora!.offeredChat(name), 'the chat offered to Nora');
    await visitor.find('.chat-status.waiting:not(.queue)');
    await expectAccessible(visitor.page, 'waiting for an operator', WIDGET);

    await nora.accept(chat.id);
    await visitor.waitForStatus('joined');
    await visitor.send('Do you ship to Norway?');
    await nora.send(chat.id, 'Yes, in three days.');
    await visitor.waitForMessage('Yes, in three days.');
    await expectAccessible(visitor.page, 'the chat', WIDGET);

    await visitor.endChat();
    await visitor.find('form[aria-label="Rate this chat"]');
    await expectAccessible(visitor.page, 'the end of the chat', WIDGET);
  });
});
