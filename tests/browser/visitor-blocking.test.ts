/**
 * Blocking a visitor (issue 13, ADR 010) in Chromium: Otto blocks the visitor of his chat from
 * the console (reason, one day); the chat ends with a note and the widget then says, politely,
 * that chat is not available, also on the next page. Ada sees the block in the Control Panel's
 * Blocked visitors and lifts it; the visitor is welcome again. Screenshots: test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type ExtensionBrowser,
  type LaunchedBrowser,
  launchChromium,
  launchWithExtension,
} from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { ControlPanel } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { visitorName } from '../support/widget-visitor.ts';

const stack = inject('stack');

describe('an operator blocks a visitor, an admin lifts the block', () => {
  let visitorBrowser: LaunchedBrowser;
  let otto: Operator;
  let adaBrowser: ExtensionBrowser;

  beforeAll(async () => {
    await quietDemoWorkspace();
    visitorBrowser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all([visitorBrowser?.close(), otto?.browser.close(), adaBrowser?.close()]);
    // Every suite's visitors share one address here: never leave a block behind.
    await quietDemoWorkspace();
  });

  it('the blocked visitor is told chat is not available until Ada lifts the block', async () => {
    const name = visitorName('Troll');
    otto = await operatorOnline(stack.accounts.otto);
    const visitor = await chatAcceptedBy(otto, visitorBrowser.browser, {
      name,
      department: 'Support',
      message: 'You are all useless!!!',
    });
    const panel = otto.console;

    await panel.blockVisitor('Abusive language', '1 day');
    await panel.screenshot('block-visitor-form');
    await panel.confirmBlock();
    await panel.waitForNoTab(name);

    // The chat ends with a note; a new chat is refused, politely, and stays so on the next page.
    await visitor.waitForMessage('Chat is no longer available. This conversation has ended.');
    await (await visitor.find('::-p-text("Start a new chat")')).click();
    await visitor.find('::-p-text("Sorry, chat is not available.")');
    await visitor.screenshot('blocked-visitor');
    await visitor.visit('/help'); // the panel was open: the loader reopens it
    await visitor.find('::-p-text("Sorry, chat is not available.")');
    expect(await visitor.page.$('parley-widget >>> #parley-name')).toBeNull();

    // Ada finds the block in the Control Panel and lifts it.
    adaBrowser = await launchWithExtension();
    const controlPanel = await ControlPanel.open(adaBrowser);
    await controlPanel.signIn(stack.accounts.ada);
    await controlPanel.openPanel('blocked-visitors', 'Blocked visitors');
    await controlPanel.waitForText('table', name);
    await controlPanel.waitForText('table', 'Abusive language');
    await controlPanel.screenshot('blocked-visitors-panel');
    await controlPanel.press(`Lift block on ${name}`);
    await controlPanel.press(`Yes, lift block on ${name}`);
    await controlPanel.waitForText('table', 'Lifted by Ada');

    // Welcome again.
    await visitor.visit('/pricing');
    await visitor.find('#parley-name');
    await visitor.screenshot('unblocked-visitor');

    await panel.setPresence('offline');
    expect(visitor.errors).toEqual([]);
    expect(panel.errors).toEqual([]);
    expect(controlPanel.errors).toEqual([]);
  });
});
