import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { ControlPanel } from '../support/control-panel.ts';
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
let chromium: ExtensionBrowser;

/** Distinct visitor names, so rows left by other suites' chats never match. */
const run = Date.now().toString(36);
const HANNA = `Hanna ${run}`;
const BRUNO = `Bruno ${run}`;
const CLARA = `Clara ${run}`;

beforeAll(async () => {
  await quietDemoWorkspace();
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
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
});

describe('History in the console (Nora, a normal operator)', () => {
  let operatorConsole: ConsolePage;
  let history: HistoryPage;

  beforeAll(async () => {
    operatorConsole = await ConsolePage.open(chromium);
    await operatorConsole.signIn(stack.accounts.nora);
    history = new HistoryPage(operatorConsole.page);
    await history.showInConsole();
  });

  afterAll(async () => {
    await operatorConsole.signOut();
    await operatorConsole.close();
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
    expect(await operatorConsole.page.$('textarea')).toBeNull();
    await operatorConsole.screenshot('history-console-transcript');
    await history.back();
    expect(operatorConsole.errors).toEqual([]);
  });
});

describe('History in the Control Panel (Ada, an admin)', () => {
  let panel: ControlPanel;
  let history: HistoryPage;

  beforeAll(async () => {
    panel = await ControlPanel.open(chromium);
    await panel.signIn(stack.accounts.ada);
    history = new HistoryPage(panel.page);
    await history.showInControlPanel();
  });

  it('lists every chat of the workspace, newest first, and one operator’s on demand', async () => {
    await history.search({ words: run });
    await history.waitForRows([HANNA, BRUNO, CLARA]);
    await panel.screenshot('history-control-panel');
    await history.search({ words: run, operator: 'Otto' });
    await history.waitForRows([BRUNO]);
    await history.search({ words: run, operator: 'Every operator', rating: 'Good' });
    await history.waitForEmpty();
    expect(panel.errors).toEqual([]);
  });
});
