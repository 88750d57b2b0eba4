/**
 * Operators talking to each other, in two Chromiums with the built extension (Nora and Otto,
 * separate sessions) against the seeded stack: Nora starts a team chat with Otto from Contacts
 * and they exchange a message each way. Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { type Operator, operatorOnline } from '../support/console-flows.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { step } from '../support/scenario.ts';

const stack = inject('stack');

describe('a team chat between two operators', () => {
  let nora: Operator;
  let otto: Operator;

  beforeAll(async () => {
    await quietDemoWorkspace();
    [nora, otto] = await Promise.all([
      operatorOnline(stack.accounts.nora),
      operatorOnline(stack.accounts.otto),
    ]);
  });
  afterAll(async () => {
    await Promise.all([nora?.browser.close(), otto?.browser.close()]);
  });

  it('lets two operators chat with each other', async () => {
    await nora.console.bringToFront();
    await nora.console.showSection('Contacts');
    await nora.console.waitForContact('Otto');
    await nora.console.screenshot('console-08-contacts');
    await nora.console.startTeamChatWith('Otto');
    await nora.console.send('Otto', 'Can you take the next pricing question?');
    await otto.console.bringToFront();
    await step('Otto gets the team chat', [otto.console.page], async () => {
      await otto.console.openTab('Nora, team chat');
      await otto.console.waitForMessage('Can you take the next pricing question?');
    });
    await otto.console.send('Nora', 'Sure, send it my way.');
    await nora.console.bringToFront();
    await step('Nora gets the answer', [nora.console.page], () =>
      nora.console.waitForMessage('Sure, send it my way.'),
    );
    await nora.console.screenshot('console-09-team-chat');
  });
});
