/**
 * The widget and the operator console together, each in its own browser: a visitor on the demo
 * website (no extension, fresh profile) picks Support; Otto, in another Chromium with the built
 * extension, goes online in the side panel, accepts and answers; both see each other's messages
 * live; Otto closes the chat and the visitor is told. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { type Operator, operatorOnline } from '../support/console-flows.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');

describe('a visitor and an operator in two browsers', () => {
  let visitorBrowser: LaunchedBrowser;
  let otto: Operator;

  beforeAll(async () => {
    await quietDemoWorkspace();
    visitorBrowser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all([visitorBrowser?.close(), otto?.browser.close()]);
  });

  it('Otto accepts in the side panel and both exchange messages until he closes the chat', async () => {
    const visitorName = `Wanda ${Date.now().toString(36)}`;

    // Otto: side panel, sign in, online.
    otto = await operatorOnline(stack.accounts.otto);
    const panel = otto.console;

    // The visitor: welcome screen with departments; Support is available now.
    const visitor = await WidgetVisitor.arrive(visitorBrowser.browser, {
      width: 1100,
      height: 760,
    });
    await visitor.visit('/help');
    await visitor.openChat();
    expect(await visitor.departments()).toContain('Support');
    await visitor.fillWelcome({ name: visitorName, department: 'Support' });
    await visitor.startChat();
    await visitor.waitForStatus('waiting');
    await visitor.send('My Beacon lamp hums when dimmed.');

    // Otto accepts from the incoming list and sees the question.
    await panel.waitForIncoming(visitorName);
    await panel.screenshot('widget-console-incoming');
    await panel.accept(visitorName);
    await panel.waitForMessage('My Beacon lamp hums when dimmed.');
    await visitor.find('.message.system ::-p-text("Otto joined the chat")');

    // Both ways, live.
    await panel.send(visitorName, 'That is the dimmer; we will send a new one 🛠️');
    await visitor.find('.message.operator ::-p-text("we will send a new one")');
    expect(await visitor.text('.chat-status')).toBe("You're chatting with Otto");
    await visitor.send('תודה רבה!');
    await panel.waitForMessage('תודה רבה!');
    await visitor.screenshot('widget-console-visitor');
    await panel.screenshot('widget-console-operator');

    // Otto closes: the visitor's widget says so and offers a new chat.
    await panel.closeChat();
    await visitor.find('::-p-text("Start a new chat")');
    expect(await visitor.text('.chat-ended')).toMatch(/This chat has ended/);
    await visitor.screenshot('widget-console-closed');

    await panel.setPresence('offline');
    expect(visitor.errors).toEqual([]);
    expect(panel.errors).toEqual([]);
  });
});
