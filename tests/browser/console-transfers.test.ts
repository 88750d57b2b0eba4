/**
 * Handing a chat over, in two Chromiums with the built extension (Nora and Otto, separate
 * sessions) against the seeded stack: Nora, in a chat with a visitor, types /t Otto; Otto is
 * offered the chat, accepts with /a and answers; the chat leaves Nora's tabs.
 * Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { waitForDocument } from '../support/documents.ts';
import { step } from '../support/scenario.ts';
import { visitorName, type WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');

describe('transferring a chat to another operator', () => {
  let nora: Operator;
  let ottoBrowser: ExtensionBrowser;
  let visitor: WidgetVisitor;

  beforeAll(async () => {
    await quietDemoWorkspace();
    [nora, ottoBrowser] = await Promise.all([
      operatorOnline(stack.accounts.nora),
      launchWithExtension(),
    ]);
    visitor = await chatAcceptedBy(nora, nora.browser.browser, {
      name: vera,
      department: 'Sales',
      message: 'Hi, where is my order?',
    });
  });
  afterAll(async () => {
    await Promise.all([nora?.browser.close(), ottoBrowser?.close()]);
  });

  it('transfers with /t Otto, and Otto accepts with /a', async () => {
    const otto = await ConsolePage.open(ottoBrowser);
    await otto.signIn(stack.accounts.otto);
    await otto.setPresence('online');
    // The server decides transfers from the stored presence: wait until it has Otto online.
    await step('Otto is online on the server', [otto.page], () =>
      waitForDocument(
        `workspaces/demo/presence/${stack.accounts.otto.uid}`,
        (d) => d?.state === 'online',
      ),
    );

    await nora.console.bringToFront();
    await nora.console.send(vera, '/t Otto');
    await step('Nora sees "waiting for Otto"', [nora.console.page], () =>
      nora.console.waitForTransferNotice('Waiting for Otto'),
    );
    await nora.console.screenshot('console-05-transfer-requested');

    await otto.bringToFront();
    await step('Otto is offered the transfer', [otto.page], () =>
      otto.waitForTransferNotice(`Nora wants to transfer the chat with ${vera} to you`),
    );
    await step('the offered chat opens as a tab for Otto', [otto.page], async () => {
      await otto.openTab(vera);
      await otto.waitForMessage('Hi, where is my order?');
    });
    await otto.screenshot('console-06-transfer-offered');
    await otto.send(vera, '/a');
    await step("the chat becomes Otto's", [otto.page], async () => {
      await otto.waitUntilChatIsMine();
      await otto.waitForNoTransferNotice();
    });
    await otto.send(vera, 'Otto here, I will take it from here.');
    await step('the visitor sees Otto', [otto.page, visitor.page], () =>
      visitor.waitForMessage('Otto here, I will take it from here.'),
    );
    await step("the chat leaves Nora's tabs", [nora.console.page], () =>
      nora.console.waitForNoTab(vera),
    );
    await otto.screenshot('console-07-transfer-accepted');
  });
});
