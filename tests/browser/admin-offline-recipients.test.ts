/**
 * Who receives off-line messages, chosen in the Control Panel, in Chromium with the built
 * extension against the seeded stack: Ada adds Nora to the recipients and Firestore has both.
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { patchDocument, readDocument } from '../support/documents.ts';
import { eventually } from '../support/wait.ts';

const stack = inject('stack');
const { ada, nora } = stack.accounts;

describe('off-line message recipients in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(ada));
  });
  afterAll(async () => {
    // Other suites share the seeded workspace: leave it as the seed made it.
    await patchDocument('workspaces/demo/settings/offline', { recipientIds: [ada.uid] });
    await browser?.close();
  });

  it('chooses the off-line message recipients', async () => {
    await panel.openPanel('operators', 'Chat Operators');
    await panel.chooseFromMenu('Chat Operators settings', 'Off-line messages');
    await panel.page.waitForSelector('dialog[open] form.offline-messages');
    // The settings may arrive after the window opened; it shows them when they do.
    const seeded = await eventually(async () => {
      const chosen = await panel.chosen('Recipients');
      return chosen.length > 0 ? chosen : undefined;
    }, 'the stored recipients in the window');
    expect(seeded).toEqual(['Ada']);
    await panel.press('Add Nora to Recipients');
    await panel.press('Update');
    await panel.waitForStatus('off-line messages go to 2 operators', 'dialog[open]');
    await panel.screenshot('admin-07-offline-recipients');
    const settings = await readDocument('workspaces/demo/settings/offline');
    expect(((settings?.recipientIds ?? []) as string[]).sort()).toEqual([ada.uid, nora.uid].sort());
    await panel.press('Close Off-line messages');
    expect(panel.errors).toEqual([]);
  });
});
