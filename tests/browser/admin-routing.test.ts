/**
 * URL routing in the Control Panel, in Chromium with the built extension against the seeded
 * stack: Ada adds a rule, tries a page address against it, turns URL routing on (which turns
 * department routing off), deletes the rule and turns department routing back on.
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { listDocuments, patchDocument, readDocument } from '../support/documents.ts';

const stack = inject('stack');
const ROUTE = '127.0.0.1*/admin-test*';
const routingMode = async () => (await readDocument('workspaces/demo'))?.routingMode;

describe('URL routing in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(stack.accounts.ada));
  });
  afterAll(async () => {
    // Other suites share the seeded workspace: leave it as the seed made it.
    await patchDocument('workspaces/demo', { routingMode: 'departments' });
    await browser?.close();
  });

  it('adds a URL routing rule and enables URL routing, which turns department routing off', async () => {
    expect(await routingMode()).toBe('departments');
    await panel.openPanel('operators', 'Chat Operators');
    await panel.chooseFromMenu('Chat Operators settings', 'URL routing');
    await panel.page.waitForSelector('dialog[open] .url-routing');
    await panel.waitForText('dialog[open] .rule-list', '127.0.0.1*/pricing*');
    await panel.fillIn('Website or page address', ROUTE);
    await panel.press('Add Otto to Operators for this address');
    await panel.press('Add routing');
    await panel.waitForText('dialog[open] .rule-list', ROUTE);
    await panel.fillIn('Try a page address', 'http://127.0.0.1:5173/admin-test/page');
    await panel.waitForText('dialog[open] .route-tester', `Matches ${ROUTE}: offered to Otto.`);

    await panel.tick('Enable URL routing');
    await panel.waitForText('dialog[open]', 'Department routing has been turned off');
    await panel.page.waitForFunction(
      () =>
        (document.querySelector('dialog[open] input[name="enableUrlRouting"]') as HTMLInputElement)
          ?.checked,
    );
    await panel.screenshot('admin-08-url-routing');
    expect(await routingMode()).toBe('url');
    const route = (await listDocuments('workspaces/demo/urlRoutes')).find(
      (r) => r.data.pattern === ROUTE,
    );
    expect(route?.data.operatorIds).toEqual([stack.accounts.otto.uid]);

    // Clean up the rule (with its confirmation) and go back to department routing.
    await panel.press(`Delete routing for ${ROUTE}`);
    await panel.press(`Yes, delete routing for ${ROUTE}`);
    await panel.waitForNoText('dialog[open] .rule-list', ROUTE);
    await panel.press('Close URL routing');
    await panel.openPanel('departments', 'Departments');
    await panel.tick('Enable department routing (visitors choose a department)');
    await panel.waitForStatus('URL routing has been turned off');
    expect(await routingMode()).toBe('departments');
    expect(panel.errors).toEqual([]);
  });
});
