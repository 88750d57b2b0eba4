/**
 * An admin watching over the team, in Chromium with the built extension against the seeded
 * stack: Otto is in a chat with a visitor; Ada, in her own browser, finds it among all ongoing
 * chats and opens it read-only. Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension } from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { step } from '../support/scenario.ts';
import { visitorName } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');

describe("an admin viewing another operator's chat", () => {
  let otto: Operator;

  beforeAll(async () => {
    await quietDemoWorkspace();
    otto = await operatorOnline(stack.accounts.otto);
    await chatAcceptedBy(otto, otto.browser.browser, {
      name: vera,
      department: 'Support',
      message: 'Hi, where is my order?',
    });
    await otto.console.send(vera, 'Otto here, I will take it from here.');
  });
  afterAll(() => otto?.browser.close());

  it("lets an admin view another operator's chat read-only", async () => {
    const adaBrowser = await launchWithExtension();
    try {
      const ada = await ConsolePage.open(adaBrowser);
      await ada.signIn(stack.accounts.ada);
      await ada.showSection('Contacts');
      await step('Ada sees all ongoing chats', [ada.page], () => ada.waitForOngoingChat(vera));
      await ada.viewChatReadOnly(vera);
      await step('the chat opens read-only', [ada.page], async () => {
        await ada.waitForMessage('Otto here, I will take it from here.');
        await ada.waitForReadOnlyNote();
      });
      expect(await ada.hasComposerFor(vera)).toBe(false);
      await ada.screenshot('console-07c-admin-read-only');
      expect(ada.errors).toEqual([]);
    } finally {
      await adaBrowser.close();
    }
  });
});
