/**
 * Managing operators in the Control Panel (options page), in Chromium with the built extension
 * against the seeded stack: Ada (admin) signs in and sees every panel, adds an operator without a
 * password and gets one, edits them, starts a team chat from the gear menu and deletes the
 * operator. What the panels save is checked in Firestore itself.
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canSignIn } from '../support/auth-emulator.ts';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { deleteDocument, listDocuments, readDocument } from '../support/documents.ts';

const stack = inject('stack');
const { ada, nora } = stack.accounts;
const PAULA = { name: 'Paula', renamed: 'Paula Park', email: 'paula@parley.test' };
const [first, second] = [ada.uid, nora.uid].sort();
const TEAM_CHAT = `workspaces/demo/internalChats/${first}_${second}`;

describe('operators in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    await quietDemoWorkspace();
    ({ browser, panel } = await controlPanelFor());
  });
  afterAll(async () => {
    // Other suites share the seeded workspace: leave it as the seed made it.
    await deleteDocument(TEAM_CHAT);
    await browser?.close();
  });

  it('signs the admin in and shows every panel', async () => {
    await panel.signIn(ada);
    expect(await panel.sections()).toEqual([
      'My profile',
      'Getting started',
      'Chat Operators',
      'Departments',
      'Canned responses',
      'Billing',
      'Widget install',
      'History',
      'Off-line messages',
      'Reports',
      'Blocked visitors',
      'Audit log',
      'Connection',
    ]);
    await panel.openPanel('operators', 'Chat Operators');
    for (const name of ['Ada', 'Nora', 'Otto']) await panel.waitForText('.operators-table', name);
    await panel.waitForText('.operators-panel', '3 active seats × €19.00 = €57.00 a month');
    await panel.screenshot('admin-01-operators');
  });

  it('adds an operator without a password and shows the generated one once', async () => {
    await panel.press('Add');
    await panel.page.waitForSelector('dialog[open] form.operator-form');
    await panel.waitForText('dialog[open]', 'makes 4 active seats: €76.00 a month');
    await panel.fillIn('Display name', PAULA.name);
    await panel.fillIn('Email', PAULA.email);
    await panel.choose('Role', 'normal');
    await panel.screenshot('admin-02-add-operator');
    await panel.press('Add operator');

    const code = await panel.page.waitForSelector('[data-testid="generated-password"]', {
      timeout: 30_000,
    });
    const password = (await code?.evaluate((el) => el.textContent ?? '')) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    await panel.waitForText('dialog[open]', 'shown only once');
    await panel.screenshot('admin-03-generated-password');
    expect(await canSignIn(PAULA.email, password)).toBe(true);

    await panel.press('Done');
    await panel.waitForText('.operators-table', PAULA.name);
    await panel.waitForText('.operators-panel', '4 active seats');
  });

  it('edits the operator and shows their SIP info', async () => {
    await panel.chooseFromMenu(`Actions for ${PAULA.name}`, 'Edit profile');
    await panel.page.waitForSelector('dialog[open] form.operator-form');
    await panel.waitForText('dialog[open] .sip-info', 'sip:');
    await panel.fillIn('Display name', PAULA.renamed);
    await panel.fillIn('Concurrent chats', '3', 'spinbutton');
    await panel.screenshot('admin-04-edit-operator');
    await panel.press('Save changes');
    await panel.waitForText('.operators-table', PAULA.renamed, 30_000);
    // The email is on the private document (ADR 005); the public one has the name and capacity.
    const privates = await listDocuments('workspaces/demo/operatorPrivate');
    const paulaId = privates.find((op) => op.data.email === PAULA.email)?.id;
    const operators = await listDocuments('workspaces/demo/operators');
    const paula = operators.find((op) => op.id === paulaId);
    expect(paula?.data.displayName).toBe(PAULA.renamed);
    expect(paula?.data.maxChats).toBe(3);
    expect(paula?.data.email).toBeUndefined();
  });

  it('starts an internal chat from the gear menu', async () => {
    await panel.openPanel('operators', 'Chat Operators');
    const pages = (await browser.browser.pages()).length;
    await panel.chooseFromMenu('Actions for Nora', 'Start Chat');
    await panel.waitForStatus('Chat with Nora opened in the console.');
    const chat = await readDocument(TEAM_CHAT);
    expect(chat?.members).toEqual([first, second]);
    // Without a known window the console opens in a tab (Chrome's side panel needs a window id).
    const opened = await browser.browser.pages();
    for (const extra of opened.slice(pages)) await extra.close();
    await panel.page.bringToFront();
  });

  it('deletes the operator after a confirmation', async () => {
    await panel.openPanel('operators', 'Chat Operators');
    await panel.chooseFromMenu(`Actions for ${PAULA.renamed}`, 'Delete');
    await panel.waitForText('dialog[open]', 'their seat is freed');
    await panel.screenshot('admin-09-delete-operator');
    await panel.press(`Delete ${PAULA.renamed}`);
    await panel.waitForNoText('.operators-table', PAULA.renamed, 30_000);
    await panel.waitForStatus(`Deleted ${PAULA.renamed}.`);
    await panel.waitForText('.operators-panel', '3 active seats');
    const privates = await listDocuments('workspaces/demo/operatorPrivate');
    expect(privates.some((op) => op.data.email === PAULA.email)).toBe(false);
    expect(await canSignIn(PAULA.email, 'whatever-it-was')).toBe(false);
    expect(panel.errors).toEqual([]);
  });
});
