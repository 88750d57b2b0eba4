import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { endedChats, ongoingChat } from '../support/history-fixture.ts';
import { HistoryPage } from '../support/history-page.ts';
import { waitForText } from '../support/page.ts';

/**
 * A returning visitor in the operatorConsole (ADR 007): Nora answers a visitor who chatted before; Visitor
 * info lists the earlier chat she took part in (not the one Otto had) and opens its transcript in
 * History. Screenshot: test-artifacts/console-earlier-chats.png.
 */

const stack = inject('stack');
let chromium: ExtensionBrowser;
let operatorConsole: ConsolePage;
const visitorUid = `visitor-${randomUUID().slice(0, 8)}`;
const name = `Rosa ${Date.now().toString(36)}`;

beforeAll(async () => {
  await quietDemoWorkspace();
  await endedChats(stack, [
    {
      visitor: { name },
      visitorUid,
      operator: 'otto',
      messages: [['visitor', 'Otto’s chat, not for Nora']],
    },
    {
      visitor: { name },
      visitorUid,
      operator: 'nora',
      messages: [['visitor', 'Where is the red lamp I ordered?']],
    },
  ]);
  await ongoingChat(stack, {
    visitor: { name },
    visitorUid,
    operator: 'nora',
    messages: [['visitor', 'Hello again!']],
  });
  chromium = await launchWithExtension();
  operatorConsole = await ConsolePage.open(chromium);
  await operatorConsole.signIn(stack.accounts.nora);
});

afterAll(async () => {
  await quietDemoWorkspace();
  await chromium?.close();
});

describe('Visitor info of a returning visitor', () => {
  it('lists the earlier chats I took part in and opens their transcript', async () => {
    await operatorConsole.openTab(name);
    const { page } = operatorConsole;
    await page.locator('details.visitor-info summary').click();
    const list = 'ul[aria-label="Earlier chats with this visitor"]';
    await page.waitForSelector(list, { timeout: 20_000 });
    expect(await page.$$eval(`${list} li`, (items) => items.length)).toBe(1);
    await operatorConsole.screenshot('console-earlier-chats');
    await page.locator(`${list} button`).click();
    await waitForText(page, '#transcript-title', `Chat with ${name}`);
    expect(await new HistoryPage(page).transcript()).toContain(
      `${name}: Where is the red lamp I ordered?`,
    );
    expect(operatorConsole.errors).toEqual([]);
  });
});
