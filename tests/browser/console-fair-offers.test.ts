/**
 * One-at-a-time offers (ADR 008) in Chromium with the built extension against the seeded stack:
 * with the workspace set to offer chats one operator at a time for 10 seconds and Otto joining
 * Sales busier than Nora, a visitor's chat rings Nora alone, her Incoming list says how long it
 * stays hers; she lets it lapse, and it moves to Otto, who takes it.
 * Screenshots: test-artifacts/console-fair-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { patchDocument, readDocument, waitForDocument } from '../support/documents.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { step } from '../support/scenario.ts';
import { eventually } from '../support/wait.ts';
import { visitorName, visitorStartsChat } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');
const WS = 'workspaces/demo';
const OTTO_PRESENCE = `${WS}/presence/${stack.accounts.otto.uid}`;

describe('one operator at a time, least busy first', () => {
  let browser: ExtensionBrowser;
  let otto: OperatorClient;

  beforeAll(async () => {
    await quietDemoWorkspace();
    await patchDocument(WS, { offerMode: 'one', offerSeconds: 10 });
    await patchDocument(`${WS}/departments/sales`, {
      operatorIds: [stack.accounts.nora.uid, stack.accounts.otto.uid],
    });
    otto = await signInOperator('otto@parley.test', 'parley-operator');
    await otto.heartbeat('online');
    // Otto has a chat already: Nora, with none, is the least busy.
    await patchDocument(OTTO_PRESENCE, { activeChats: 1 });
    await waitForDocument(`${WS}/summaries/routing`, (summary) => {
      const s = summary as {
        departments?: Record<string, { operatorIds: string[] }>;
        presence?: Record<string, { activeChats: number }>;
      };
      return (
        s?.departments?.sales?.operatorIds.length === 2 &&
        s.presence?.[stack.accounts.otto.uid]?.activeChats === 1
      );
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await patchDocument(WS, {}, ['offerMode', 'offerSeconds']).catch(() => {});
    await patchDocument(`${WS}/departments/sales`, {
      operatorIds: [stack.accounts.nora.uid],
    }).catch(() => {});
    await patchDocument(OTTO_PRESENCE, { activeChats: 0 }).catch(() => {});
    await patchDocument(`${WS}/presence/${stack.accounts.nora.uid}`, {}, ['lapsedOffers']).catch(
      () => {},
    );
    await otto?.heartbeat('offline').catch(() => {});
    await otto?.close();
    await browser?.close();
  });

  it('rings Nora alone with a deadline, then Otto once she lets it lapse', async () => {
    const nora = await ConsolePage.open(browser);
    await nora.signIn(stack.accounts.nora);
    await step('Nora is online', [nora.page], () => nora.goOnline());
    await visitorStartsChat(browser.browser, {
      name: vera,
      department: 'Sales',
      message: 'Do you have the Aurora in green?',
    });
    await nora.bringToFront();
    await nora.waitForIncoming(vera);
    await nora.page.waitForSelector('.incoming__deadline', { timeout: 20_000 });
    expect(await nora.page.$eval('.incoming__deadline', (el) => el.textContent)).toMatch(
      /yours for \d+ s/,
    );
    expect(await otto.offeredChat(vera)).toBeUndefined();
    await nora.screenshot('console-fair-01-offered-to-nora');

    // Nora does not answer: the visitor's widget asks for the next operator at the deadline.
    const moved = await eventually(() => otto.offeredChat(vera), 'the offer to reach Otto', 40_000);
    await step('the chat leaves Nora’s Incoming list', [nora.page], () =>
      nora.page.waitForSelector('.incoming', { hidden: true, timeout: 20_000 }),
    );
    await nora.screenshot('console-fair-02-lapsed');
    expect(moved.data.passedBy).toEqual([stack.accounts.nora.uid]);
    expect((await readDocument(`${WS}/presence/${stack.accounts.nora.uid}`))?.lapsedOffers).toBe(1);
    await otto.accept(moved.id);
    expect((await otto.chat(moved.id))?.operatorId).toBe(stack.accounts.otto.uid);
    expect(nora.errors).toEqual([]);
  });
});
