/**
 * The waiting queue in Chromium (ADR 008), on the demo website against the local stack: Nora
 * (Sales) is online but has no free slot, so two visitors wait and see their places; the second
 * leaves a message instead and finds everything they wrote in the off-line form; when Nora frees
 * a slot the first is offered to her at once and she joins. Screenshots: widget-queue-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { patchDocument, waitForDocument } from '../support/documents.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { eventually } from '../support/wait.ts';
import { visitorName, W, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const NORA = `workspaces/demo/presence/${stack.accounts.nora.uid}`;

/** Nora's load as routing sees it (the routing summary, kept by a trigger). */
const routingSeesNora = (activeChats: number) =>
  waitForDocument('workspaces/demo/summaries/routing', (summary) => {
    const presence = summary?.presence as Record<string, { activeChats: number }> | undefined;
    return presence?.[stack.accounts.nora.uid]?.activeChats === activeChats;
  });

describe('the waiting queue in the widget', () => {
  let chromium: LaunchedBrowser;
  let nora: OperatorClient;

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
    nora = await signInOperator('nora@parley.test', 'parley-operator');
    await nora.heartbeat('online');
    // Nora is online with all five of her slots taken.
    await patchDocument(NORA, { activeChats: 5 });
    await routingSeesNora(5);
  });
  afterAll(async () => {
    await patchDocument(NORA, { activeChats: 0 }).catch(() => {});
    await nora?.heartbeat('offline').catch(() => {});
    await nora?.close();
    await chromium?.close();
  });

  async function waitingVisitor(first: string) {
    const context = await chromium.browser.createBrowserContext();
    const visitor = await WidgetVisitor.arrive(context, { width: 1000, height: 760 });
    await visitor.visit('/products');
    await visitor.openChat();
    const name = visitorName(first);
    await visitor.fillWelcome({
      name,
      email: `${first.toLowerCase()}@example.com`,
      department: 'Sales',
    });
    await visitor.startChat();
    await visitor.find('.chat-status.queue');
    return { visitor, name };
  }

  it('shows each visitor their place, keeps what was written when leaving a message, and offers the first when a slot frees', async () => {
    const vera = await waitingVisitor('Vera');
    await vera.visitor.find(`.chat-status.queue ::-p-text(You're next in the queue.)`);
    const walt = await waitingVisitor('Walt');
    await walt.visitor.find(`.chat-status.queue ::-p-text(You're number 2 in the queue.)`);
    // No chat has waited yet today: no figure, an honest sentence instead.
    expect(await walt.visitor.text('.chat-status.queue')).toMatch(/as soon as possible/);
    await walt.visitor.screenshot('widget-queue-position');

    // Walt writes while waiting, types more, then leaves a message instead.
    await walt.visitor.send('I need a quote for chairs.');
    const box = await walt.visitor.find('textarea[aria-label="Message"]');
    await box.type('Twelve of them, oak.');
    await (await walt.visitor.find('button.leave-message')).click();
    const message = await walt.visitor.find('textarea[name="message"]');
    expect(await message.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(
      'I need a quote for chairs.\n\nTwelve of them, oak.',
    );
    expect(
      await walt.visitor.page.$eval(
        `${W} input[name="email"]`,
        (el) => (el as HTMLInputElement).value,
      ),
    ).toBe('walt@example.com');
    await walt.visitor.screenshot('widget-queue-leave-message');

    // Vera is still first; Nora closes a chat and is offered Vera's at once.
    await vera.visitor.find(`.chat-status.queue ::-p-text(You're next in the queue.)`);
    await vera.visitor.screenshot('widget-queue-next');
    await patchDocument(NORA, { activeChats: 4 });
    const chat = await eventually(() => nora.offeredChat(vera.name), 'Vera’s chat offered to Nora');
    await vera.visitor.find('.chat-status.waiting:not(.queue)');
    await nora.accept(chat.id);
    await vera.visitor.waitForStatus('joined');
    await vera.visitor.screenshot('widget-queue-joined');
    expect([...vera.visitor.errors, ...walt.visitor.errors]).toEqual([]);
  });
});
