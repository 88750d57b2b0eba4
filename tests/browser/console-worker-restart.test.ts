/**
 * Faults in the operator's browser, in Chromium with the built extension against the seeded
 * stack: what Otto types during a 30-second network outage goes out once each and in order when
 * the network returns; and a message the service worker was still sending when Chrome stopped the
 * worker (MV3 stops idle workers at will) is sent once by the next worker.
 */
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { chatAcceptedBy, type Operator, operatorOnline } from '../support/console-flows.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { listDocuments } from '../support/documents.ts';
import { setWorkerOffline } from '../support/extension-worker.ts';
import { step } from '../support/scenario.ts';
import { visitorName, type WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const vera = visitorName('Vera');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The texts of the chat's stored messages, oldest first. */
async function storedTexts(visitor: string): Promise<string[]> {
  const chats = await listDocuments('workspaces/demo/chats');
  const chat = chats.find(({ data }) => (data.visitor as { name?: string })?.name === visitor);
  if (!chat) throw new Error(`no chat of ${visitor}`);
  const messages = await listDocuments(`workspaces/demo/chats/${chat.id}/messages`);
  return messages
    .map(({ data }) => data as { text: string; sentAt: Date })
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
    .map((message) => message.text);
}

describe('faults in the operator’s browser', () => {
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
      message: 'Is the Beacon lamp dimmable?',
    });
  });
  afterAll(async () => {
    await Promise.all([otto?.browser.close(), visitorBrowser?.close()]);
  });

  it('sends what was typed during a 30-second outage once each, in order', async () => {
    const panel = otto.console;
    await panel.bringToFront();
    await Promise.all([panel.loseConnection(), setWorkerOffline(otto.browser, true)]);
    onTestFinished(async () => {
      await panel.restoreConnection().catch(() => {});
      await setWorkerOffline(otto.browser, false).catch(() => {});
    });
    const typed = ['Outage one.', 'Outage two.', 'Outage three.'];
    const outageEnds = Date.now() + 30_000;
    for (const text of typed) {
      await panel.send(vera, text);
      await sleep(8_000);
    }
    await panel.waitForSending('Outage three.');
    await sleep(Math.max(0, outageEnds - Date.now()));
    expect(await visitor.conversationText()).not.toContain('Outage one.');
    await Promise.all([panel.restoreConnection(), setWorkerOffline(otto.browser, false)]);
    await step('all three reach the visitor', [panel.page, visitor.page], () =>
      visitor.waitForMessage('Outage three.', 40_000),
    );
    const shown = await visitor.conversationText();
    const at = typed.map((text) => shown.indexOf(text));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(typed.map((text) => shown.split(text).length - 1)).toEqual([1, 1, 1]);
    const stored = (await storedTexts(vera)).filter((text) => typed.includes(text));
    expect(stored).toEqual(typed);
  }, 120_000);

  it('sends a message once when the worker is stopped in the middle of sending it', async () => {
    const panel = otto.console;
    const text = 'Sent across a worker restart.';
    // The worker loses the network too, so its send is still in flight when it is stopped.
    const worker = await setWorkerOffline(otto.browser, true);
    await panel.bringToFront();
    await panel.loseConnection();
    await panel.send(vera, text);
    await panel.waitForSending(text);
    await panel.close();
    await sleep(2_000);

    // As Chrome's extension docs test termination: closing the worker's target stops it.
    const workers = () =>
      otto.browser.browser.targets().filter((t) => t.type() === 'service_worker');
    const stopped = workers();
    await worker.close();
    expect(await visitor.conversationText()).not.toContain(text);

    // The next worker (woken by the heartbeat alarm, at most 30 s later) has the network.
    await step('the next worker sends it', [visitor.page], () =>
      visitor.waitForMessage(text, 60_000),
    );
    expect(workers().filter((target) => stopped.includes(target))).toEqual([]);
    await sleep(2_000);
    expect((await visitor.conversationText()).split(text).length - 1).toBe(1);
    expect((await storedTexts(vera)).filter((stored) => stored === text)).toHaveLength(1);
  }, 150_000);
});
