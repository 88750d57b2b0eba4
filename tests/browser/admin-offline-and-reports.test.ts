import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { ControlPanel } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { readDocument, waitForDocument } from '../support/documents.ts';
import { endedChats } from '../support/history-fixture.ts';
import { failedOfflineMessage, missedChatSummary } from '../support/inbox-fixture.ts';
import { waitForMail } from '../support/mail-sink.ts';
import { byRole, textOf, waitForText } from '../support/page.ts';
import { eventually } from '../support/wait.ts';

/**
 * The off-line inbox and the reports (ADR 009), in Chromium with the built extension: Ada, an
 * admin and the demo's off-line recipient, finds a message whose delivery failed with its log,
 * retries it (the SMTP sink receives it), marks it handled and sees the reply link; her console
 * shows the same inbox; the Reports panel shows today's chats in a chart and tables and lists
 * the missed chat. Screenshots: test-artifacts/offline-*.png, reports-*.png.
 */

const stack = inject('stack');
let chromium: ExtensionBrowser;
const run = Date.now().toString(36);
const FIONA = `Fiona ${run}`;
const MAX = `Max ${run}`;
let messageId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await quietDemoWorkspace();
  messageId = await failedOfflineMessage(FIONA, `Is the blue lamp back in stock? ${run}`);
  await missedChatSummary(MAX);
  await endedChats(stack, [
    {
      visitor: { name: `Rita ${run}` },
      operator: 'nora',
      messages: [
        ['visitor', 'Hello?'],
        ['operator', 'Hi Rita, how can I help?'],
      ],
    },
  ]);
  chromium = await launchWithExtension();
});

afterAll(async () => {
  await chromium?.close();
});

let panel: ControlPanel;

describe('the Control Panel (Ada)', () => {
  const row = () => `li[data-offline-id="${messageId}"]`;

  beforeAll(async () => {
    panel = await ControlPanel.open(chromium);
    await panel.signIn(stack.accounts.ada);
  });

  it('lists the off-line message with its page, text and failed delivery', async () => {
    await panel.openPanel('offline-messages', 'Off-line messages');
    await panel.waitForText(row(), FIONA);
    const text = await textOf(panel.page, row());
    expect(text).toContain('Off-line form on http://127.0.0.1:5173/help.html');
    expect(text).toContain(`Is the blue lamp back in stock? ${run}`);
    expect(text).toContain('Failed after 6 attempts');
    expect(text).toContain('Last error: connect ECONNREFUSED 10.0.0.1:587');
    const reply = await panel.page.$eval(`${row()} a`, (a) => (a as HTMLAnchorElement).href);
    expect(reply).toMatch(/^mailto:fiona\./);
    expect(decodeURIComponent(reply)).toContain('> Is the blue lamp back in stock?');
    await panel.screenshot('offline-01-failed');
  });

  it('retries the delivery: the recipients get the mail and the log says sent', async () => {
    await panel.page.locator(`${row()} button::-p-text(Retry delivery)`).click();
    await panel.waitForText(row(), 'Sent');
    await waitForMail(
      (m) => m.envelope.to.includes(stack.accounts.ada.email) && m.text.includes(run),
      'the retried off-line message',
    );
    const stored = await readDocument(`workspaces/demo/offlineMessages/${messageId}`);
    expect(stored?.delivery).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('marks it handled, by whom, and shows only failed messages on demand', async () => {
    await panel.page.locator(`${row()} button::-p-text(Mark handled)`).click();
    await panel.waitForText(row(), 'Handled by Ada');
    await waitForDocument(
      `workspaces/demo/offlineMessages/${messageId}`,
      (data) => (data?.handled as { name?: string } | undefined)?.name === 'Ada',
    );
    await panel.screenshot('offline-02-handled');
    await panel.choose('Delivery', 'failed');
    await panel.waitForNoText('.offline-inbox', FIONA);
    expect(panel.errors).toEqual([]);
  });

  it('reports today’s chats per day and per operator, and lists the missed chat', async () => {
    await panel.openPanel('reports', 'Reports');
    await waitForText(panel.page, '.missed-chats', MAX);
    const chart = await panel.page.$eval('svg.trend-chart', (svg) => ({
      title: svg.querySelector('title')?.textContent,
      role: svg.getAttribute('role'),
    }));
    expect(chart).toEqual({ title: 'Chats per day', role: 'img' });
    // The report triggers count a chat within moments of its end: ask again until they have.
    const cellsOfToday = () =>
      panel.page.$$eval(
        '.report-table tbody tr',
        (rows, day) =>
          rows
            .map((r) => [...r.children].map((c) => c.textContent?.trim()))
            .find((c) => c[0] === day),
        today,
      );
    const todayCells = await eventually(
      async () => {
        await panel.press('Last 7 days');
        await panel.waitForText('.report-table', today);
        const cells = await cellsOfToday();
        return cells && Number(cells[1]) >= 2 && Number(cells[2]) >= 1 ? cells : undefined;
      },
      'today’s chats in the report',
      40_000,
    );
    expect(todayCells[3]).toMatch(/s$/);
    expect(await panel.page.$$eval('svg.trend-chart rect', (bars) => bars.length)).toBe(14);
    await panel.waitForText('caption', 'By operator');
    await panel.waitForText('.report-table', 'Nora');
    await panel.screenshot('reports-01-week');
    expect(panel.errors).toEqual([]);
  });
});
describe('the console of an off-line recipient (Ada)', () => {
  it('shows the same inbox in its Off-line section', async () => {
    // The console shares the Control Panel's sign-in (one extension): Ada is signed in.
    const adaConsole = await ConsolePage.open(chromium);
    await adaConsole.waitUntilSignedIn();
    await adaConsole.page
      .locator(`nav[aria-label="Console sections"] ${byRole('button', 'Off-line')}`)
      .setTimeout(20_000)
      .click();
    await waitForText(adaConsole.page, `li[data-offline-id="${messageId}"]`, 'Handled by Ada');
    await adaConsole.screenshot('offline-03-console');
    expect(adaConsole.errors).toEqual([]);
    await adaConsole.signOut();
    await adaConsole.close();
    await panel.page.close();
  });

  it('is not shown to an operator who is not a recipient (Nora)', async () => {
    const noraConsole = await ConsolePage.open(chromium);
    await noraConsole.signIn(stack.accounts.nora);
    // The sections are settled once the inbox probe answered (aria-busy goes).
    await noraConsole.page.waitForSelector('nav[aria-label="Console sections"]:not([aria-busy])', {
      timeout: 20_000,
    });
    expect(await textOf(noraConsole.page, 'nav[aria-label="Console sections"]')).not.toContain(
      'Off-line',
    );
    await noraConsole.signOut();
    await noraConsole.close();
  });
});
