import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { endedChats } from '../support/history-fixture.ts';
import { HistoryPage } from '../support/history-page.ts';

/**
 * History of chats that are over (ADR 007), in Chromium with the built extension: Nora finds the
 * chats she took part in (and only those) in the console, searches them and reads a transcript
 * with the keyboard; Ada, an admin, sees every chat of the workspace in the Control Panel and
 * narrows it to one operator. Screenshots: test-artifacts/history-*.png.
 */

const stack = inject('stack');
let chromium: LaunchedBrowser;
const errors: string[] = [];

/** Distinct visitor names, so rows left by other suites' chats never match. */
const run = Date.now().toString(36);
const HANNA = `Hanna ${run}`;
const BRUNO = `Bruno ${run}`;
const CLARA = `Clara ${run}`;

async function newPage(path: string, width: number): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width, height: 820 });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`chrome-extension://${chromium.extensionId}/${path}`);
  return page;
}

async function signIn(page: Page, account: { email: string; password: string }, ready: string) {
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector(ready, { timeout: 20_000 });
}

beforeAll(async () => {
  if (!stack.extension) throw new Error('the browser stack did not build the extension');
  await quietDemoWorkspace(stack);
  // Oldest first: History lists them newest first.
  await endedChats(stack, [
    {
      visitor: { name: CLARA },
      operator: 'nora',
      messages: [['visitor', 'Do you ship to Iceland?']],
    },
    {
      visitor: { name: BRUNO, email: `bruno.${run}@example.test` },
      operator: 'otto',
      departmentId: 'support',
      messages: [['visitor', 'My parcel never arrived']],
    },
    {
      visitor: { name: HANNA, email: `hanna.${run}@example.test` },
      operator: 'nora',
      departmentId: 'sales',
      messages: [
        ['visitor', `I need a refund for order ${run}`],
        ['operator', 'Of course, it is on its way.'],
      ],
    },
  ]);
  chromium = await launchChromium({ extensionDir: stack.extension.chrome });
});

afterAll(async () => {
  await chromium?.close();
});

describe('History in the console (Nora, a normal operator)', () => {
  let page: Page;
  let history: HistoryPage;

  beforeAll(async () => {
    page = await newPage('sidepanel.html', 420);
    await signIn(page, stack.accounts.nora, 'select[aria-label="Presence"]');
    history = new HistoryPage(page);
    await history.showInConsole();
  });

  afterAll(async () => {
    await page.locator('button[aria-label^="Sign out"]').click();
    await page.waitForSelector('input[name="password"]', { timeout: 20_000 });
    await page.close();
  });

  it('finds by name or message words only the chats she took part in', async () => {
    await history.search({ words: run });
    await history.waitForRows([HANNA, CLARA]);
    await history.search({ words: 'parcel' });
    await history.waitForEmpty();
    await history.search({ words: `iceland ${run}` });
    await history.waitForRows([CLARA]);
  });

  it('opens a transcript read-only with its visitor, operators and rating', async () => {
    await history.search({ words: `refund ${run}` });
    await history.waitForRows([HANNA]);
    await history.open(HANNA);
    expect(await history.transcript()).toEqual(
      expect.arrayContaining([
        `${HANNA}: I need a refund for order ${run}`,
        'Nora: Of course, it is on its way.',
        'Note: Ada ended the chat.',
      ]),
    );
    expect(await history.fact('Operators')).toBe('Nora');
    expect(await history.fact('Rating')).toBe('Not rated');
    expect(await history.fact('Department')).toBe('Sales');
    expect(await page.$('textarea')).toBeNull();
    await saveScreenshot(page, stack.artifactsDir, 'history-console-transcript');
    await history.back();
    expect(errors).toEqual([]);
  });
});

describe('History in the Control Panel (Ada, an admin)', () => {
  let page: Page;
  let history: HistoryPage;

  beforeAll(async () => {
    page = await newPage('options.html', 1200);
    await signIn(page, stack.accounts.ada, 'nav[aria-label="Control panel sections"]');
    history = new HistoryPage(page);
    await history.showInControlPanel();
  });

  it('lists every chat of the workspace, newest first, and one operator’s on demand', async () => {
    await history.search({ words: run });
    await history.waitForRows([HANNA, BRUNO, CLARA]);
    await saveScreenshot(page, stack.artifactsDir, 'history-control-panel');
    await history.search({ words: run, operator: 'Otto' });
    await history.waitForRows([BRUNO]);
    await history.search({ words: run, operator: 'Every operator', rating: 'Good' });
    await history.waitForEmpty();
    expect(errors).toEqual([]);
  });
});
