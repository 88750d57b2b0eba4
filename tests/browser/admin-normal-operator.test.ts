/**
 * The Control Panel (options page) of a Normal operator, in Chromium with the built extension
 * against the seeded stack: signed out it offers sign-in and the connection settings; Nora then
 * sees only her profile (with SIP Info, where she replaces her SIP password) and the canned
 * responses read-only, also after an admin signed out in the same browser, and forcing an admin
 * panel's address shows nothing of it. Screenshots: test-artifacts/console-1*.png and admin-1*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sipHa1 } from '../../functions/src/sip-credentials.ts';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { readDocument } from '../support/documents.ts';

const stack = inject('stack');
const { ada, nora } = stack.accounts;
const NORMAL_SECTIONS = ['My profile', 'Canned responses', 'Connection'];

describe('the Control Panel of a Normal operator', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor());
  });
  afterAll(() => browser?.close());

  it('offers sign-in and the connection settings, then only the panels of a Normal operator', async () => {
    await panel.page.waitForSelector('details summary', { timeout: 20_000 });
    await panel.page.click('details summary');
    expect(await panel.valueOf('Project ID')).toBe('demo-parley');
    expect(await panel.valueOf('Auth emulator port')).toBe(String(stack.ports.auth));
    await panel.screenshot('console-11-options-signed-out');

    await panel.signIn(nora);
    expect(await panel.sections()).toEqual(NORMAL_SECTIONS);
    await panel.waitForText('section', 'sip:nora@demo.chat.parley.test');
    await panel.screenshot('console-12-options-profile');
    await panel.openPanel('canned-responses', 'Canned responses');
    await panel.waitForText('main', '/hello');
    await panel.screenshot('console-13-options-canned');
    expect(panel.errors).toEqual([]);
  });

  it('shows a normal operator only their profile and the canned responses', async () => {
    // Nora takes over the browser an admin used: nothing of the admin's Control Panel stays.
    await panel.signOut();
    await panel.signIn(ada);
    await panel.signOut();
    await panel.signIn(nora);
    expect(await panel.sections()).toEqual(NORMAL_SECTIONS);
    await panel.openPanel('profile', 'My profile');
    await panel.waitForText('.sip-info', 'sip:nora@demo.chat.parley.test');
    await panel.screenshot('admin-13-normal-profile');

    // SIP Info: Nora replaces her SIP password; it is shown once and only its digests are stored.
    await panel.press('Generate a new SIP password');
    await panel.press('Replace SIP password');
    const shown = await panel.page.waitForSelector('[data-testid="sip-password"]', {
      timeout: 20_000,
    });
    const sipPassword = (await shown!.evaluate((el) => el.textContent ?? '')).trim();
    expect(sipPassword.length).toBeGreaterThanOrEqual(16);
    const account = await readDocument('workspaces/demo/sipAccounts/nora');
    expect(account?.ha1Md5).toBe(sipHa1('MD5', 'nora', 'demo.chat.parley.test', sipPassword));
    await panel.screenshot('admin-13b-sip-password');

    await panel.openPanel('canned-responses', 'Canned responses');
    await panel.waitForText('.canned-list', '/hello');
    expect(await panel.has('Add canned response')).toBe(false);
    expect(await panel.has('Edit /hello')).toBe(false);
    await panel.waitForText('.canned-panel', 'Only administrators can change canned responses.');

    // Forcing an admin panel's address shows nothing of it.
    await panel.goTo('billing');
    await panel.waitUntilSignedIn();
    expect(await panel.page.$('.billing-panel')).toBeNull();
    await panel.screenshot('admin-14-normal-canned');
    expect(panel.errors).toEqual([]);
  });
});
