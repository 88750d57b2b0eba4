/**
 * The canned responses editor in the Control Panel, in Chromium with the built extension against
 * the seeded stack: a taken or reserved shortcut is refused, the preview fills in the
 * placeholders, and a response is added and deleted. Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';

const stack = inject('stack');

describe('canned responses in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(stack.accounts.ada));
  });
  afterAll(() => browser?.close());

  it('checks the shortcut, previews the text, adds and deletes a canned response', async () => {
    await panel.openPanel('canned-responses', 'Canned responses');
    await panel.waitForText('.canned-list', '/hello');
    await panel.press('Add canned response');
    await panel.fillIn('Short-cut command', 'hello');
    await panel.waitForText('dialog[open]', 'already used by another canned response');
    await panel.fillIn('Short-cut command', 't');
    await panel.waitForText('dialog[open]', 'is the built-in command');
    await panel.fillIn('Short-cut command', 'bye-test');
    await panel.fillIn('Canned response', 'Goodbye %VISITOR%, %OPERATOR% here.');
    await panel.waitForText('[data-testid="canned-preview"]', 'Goodbye Alex, Ada here.');
    await panel.screenshot('admin-12-canned-editor');
    await panel.page.locator('dialog[open] button[type="submit"]').click();
    await panel.waitForText('.canned-list', '/bye-test');
    await panel.press('Delete /bye-test');
    await panel.press('Yes, delete /bye-test');
    await panel.waitForNoText('.canned-list', '/bye-test');
    expect(panel.errors).toEqual([]);
  });
});
