/**
 * The chat timeouts and how chats are offered in the Control Panel, in Chromium with the built
 * extension against the seeded stack: Ada sets the transfer timeout, a value out of range is
 * refused, and the change is saved and audited; she switches offers to one at a time (ADR 008).
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { listDocuments, patchDocument, readDocument } from '../support/documents.ts';

const stack = inject('stack');
const TRANSFER_TIMEOUT = 'Transfer timeout (seconds)';

describe('chat timeouts in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(stack.accounts.ada));
  });
  afterAll(async () => {
    // The seed sets the queue timeout and leaves the transfer timeout at its default.
    await patchDocument('workspaces/demo', { queueTimeoutSeconds: 180 }, [
      'transferTimeoutSeconds',
      'offerMode',
      'offerSeconds',
    ]);
    await browser?.close();
  });

  it('sets the transfer timeout, refusing a value out of range', async () => {
    await panel.openPanel('operators', 'Chat Operators');
    await panel.chooseFromMenu('Chat Operators settings', 'Chat timeouts');
    await panel.page.waitForSelector('dialog[open] form.chat-timeouts');
    // The seed's queue timeout, and the transfer timeout's default (the seed stores none).
    expect(await panel.valueOf('Queue timeout (seconds)', 'spinbutton')).toBe('180');
    expect(await panel.valueOf(TRANSFER_TIMEOUT, 'spinbutton')).toBe('60');

    await panel.fillIn(TRANSFER_TIMEOUT, '5', 'spinbutton');
    await panel.press('Save');
    await panel.waitForText(
      'dialog[open] [role="alert"]',
      'The transfer timeout must be between 15 and 600 seconds.',
    );
    await panel.screenshot('admin-08b-chat-timeouts-refused');
    expect((await readDocument('workspaces/demo'))?.transferTimeoutSeconds).toBeUndefined();

    await panel.fillIn(TRANSFER_TIMEOUT, '90', 'spinbutton');
    await panel.waitForNoText('dialog[open] [role="alert"]', 'transfer timeout');
    await panel.press('Save');
    await panel.waitForStatus('transfers 90 seconds', 'dialog[open]');
    const workspace = await readDocument('workspaces/demo');
    expect(workspace?.transferTimeoutSeconds).toBe(90);
    expect(workspace?.queueTimeoutSeconds).toBe(180);
    const audit = (await listDocuments('workspaces/demo/auditLog')).filter(
      (entry) => entry.data.action === 'workspace.timeoutsChanged',
    );
    expect(audit.map((entry) => entry.data.actor)).toContain(stack.accounts.ada.uid);
    await panel.press('Close Chat timeouts');
    expect(panel.errors).toEqual([]);
  });

  it('switches offers to one operator at a time, least busy first, with its seconds', async () => {
    await panel.chooseFromMenu('Chat Operators settings', 'Chat timeouts');
    await panel.page.waitForSelector('dialog[open] form.offer-mode');
    expect(
      await panel.has(
        'Everyone at once Every available operator sees the chat; the first to accept takes it. Each of them reads it, so a chat costs more Firestore reads as the team grows.',
        'radio',
      ),
    ).toBe(true);
    await panel.page.click('dialog[open] form.offer-mode input[value="one"]');
    await panel.fillIn('Seconds to answer an offer', '20', 'spinbutton');
    await panel.press('Save how chats are offered');
    await panel.waitForStatus('one operator at a time, 20 seconds each', 'dialog[open]');
    const chosen = await panel.page.$eval(
      'dialog[open] form.offer-mode input[value="one"]',
      (el) => (el as HTMLInputElement).checked,
    );
    expect(chosen).toBe(true);
    expect(await panel.valueOf('Seconds to answer an offer', 'spinbutton')).toBe('20');
    await panel.screenshot('admin-08c-offer-mode');
    const workspace = await readDocument('workspaces/demo');
    expect(workspace).toMatchObject({ offerMode: 'one', offerSeconds: 20 });
    const audit = (await listDocuments('workspaces/demo/auditLog')).filter(
      (entry) => entry.data.action === 'workspace.offersChanged',
    );
    expect(audit.map((entry) => entry.data.actor)).toContain(stack.accounts.ada.uid);
    await panel.press('Close Chat timeouts');
    expect(panel.errors).toEqual([]);
  });
});
