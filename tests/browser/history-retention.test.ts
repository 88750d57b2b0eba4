import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ControlPanel } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { patchDocument, readDocument, waitForDocument } from '../support/documents.ts';
import { endedChats } from '../support/history-fixture.ts';
import { HistoryPage } from '../support/history-page.ts';
import { chatBeforeHistory, endedDaysAgo, runHousekeeping } from '../support/inbox-fixture.ts';

/**
 * Retention and the backfill in the Control Panel's History panel (ADR 009), in Chromium with
 * the built extension: Ada adds a chat that ended before History existed, then keeps transcripts
 * for 30 days, and the housekeeping schedule deletes a chat that ended 40 days ago. The demo
 * workspace keeps transcripts forever again afterwards. Screenshots: test-artifacts/retention-*.png.
 */

const stack = inject('stack');
const WORKSPACE = 'workspaces/demo';
let chromium: ExtensionBrowser;
let panel: ControlPanel;
let history: HistoryPage;
const run = Date.now().toString(36);
const OLGA = `Olga ${run}`;
const PAUL = `Paul ${run}`;
let oldChat: string;
let earlierChat: string;

beforeAll(async () => {
  await quietDemoWorkspace();
  oldChat = (
    await endedChats(stack, [
      { visitor: { name: OLGA }, operator: 'nora', messages: [['visitor', 'Old question']] },
    ])
  )[0]!;
  await endedDaysAgo(oldChat, [stack.accounts.nora.uid], 40);
  earlierChat = await chatBeforeHistory(PAUL, 'My invoice is wrong');
  chromium = await launchWithExtension();
  panel = await ControlPanel.open(chromium);
  await panel.signIn(stack.accounts.ada);
  history = new HistoryPage(panel.page);
  await history.showInControlPanel();
});

afterAll(async () => {
  await patchDocument(WORKSPACE, {}, ['transcriptRetentionDays']);
  await chromium?.close();
});

describe('History settings (Ada)', () => {
  it('adds chats that ended before History existed, once', async () => {
    await history.search({ words: run });
    await history.waitForRows([OLGA]);
    await panel.press('Add older chats to History');
    await panel.waitForStatus('Done: examined');
    await waitForDocument(`${WORKSPACE}/chatHistory/${earlierChat}`, (data) => !!data);
    await history.search({ words: run });
    await history.waitForRows([PAUL, OLGA]);
    await panel.screenshot('retention-01-backfilled');
  });

  it('keeps transcripts for 30 days: housekeeping deletes the chat that ended 40 days ago', async () => {
    await panel.choose('Keep for', '30');
    await panel.press('Save retention');
    await panel.waitForStatus('Saved: transcripts are deleted 30 days after the chat ended.');
    expect((await readDocument(WORKSPACE))?.transcriptRetentionDays).toBe(30);
    await runHousekeeping();
    await waitForDocument(`${WORKSPACE}/chats/${oldChat}`, (data) => data === undefined);
    expect(await readDocument(`${WORKSPACE}/chatHistory/${oldChat}`)).toBeUndefined();
    await history.search({ words: run });
    await history.waitForRows([PAUL]);
    await panel.waitForText('.retention-editor', 'Now deleted 30 days after the chat ended');
    await panel.screenshot('retention-02-purged');
    expect(panel.errors).toEqual([]);
  });
});
