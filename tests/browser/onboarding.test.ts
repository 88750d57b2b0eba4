/**
 * From zero to the first chat, in Chromium with the built extension on the local stack: a new
 * workspace is created from the options page, its email verified through the Auth emulator's
 * link, the getting-started checklist worked through (an operator invited by email who sets
 * their password on the emailed link's page, a department, a canned response, the widget put on
 * a demo-site page with the new workspace id), and the first visitor chat arrives in the side
 * panel. Every checklist item must tick itself. Screenshots: test-artifacts/onboarding-*.png.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { injectWidgetAttributes } from '../../widget/demo/inject.ts';
import { choosePassword } from '../support/account-page.ts';
import { canSignIn, oobLink } from '../support/auth-emulator.ts';
import {
  type ExtensionBrowser,
  type LaunchedBrowser,
  launchChromium,
  launchWithExtension,
  saveScreenshot,
} from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { ControlPanel } from '../support/control-panel.ts';
import { invitationLink } from '../support/mail-sink.ts';
import { pageErrors, waitForText } from '../support/page.ts';
import { WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const run = randomUUID().slice(0, 6);
const FOUNDER = {
  workspace: `Lumen Lamps ${run}`,
  name: 'Liv Lumen',
  email: `liv.${run}@lumen.test`,
  password: 'Copper-Lantern-Dusk-9',
};
const INVITEE = {
  name: 'Paula',
  email: `paula.${run}@lumen.test`,
  password: 'Harbour-Fig-Window-4',
};
const VISITOR = `Vik ${run}`;

describe('from zero to the first chat', () => {
  let operatorBrowser: ExtensionBrowser;
  let visitorBrowser: LaunchedBrowser;
  let options: ControlPanel;

  beforeAll(async () => {
    [operatorBrowser, visitorBrowser] = await Promise.all([
      launchWithExtension(),
      launchChromium(),
    ]);
    options = await ControlPanel.open(operatorBrowser);
  });
  afterAll(async () => {
    await Promise.all([operatorBrowser?.close(), visitorBrowser?.close()]);
  });

  let workspaceId = '';

  it('creates a workspace and lands on the getting-started checklist', async () => {
    await options.press('Create a workspace');
    await options.fillIn('Workspace name', FOUNDER.workspace);
    await options.fillIn('Your name', FOUNDER.name);
    await options.fillIn('Email', FOUNDER.email);
    await options.fillIn('Password', 'short');
    await options.fillIn('Confirm password', 'short');
    await options.press('Create workspace');
    await options.waitForText('[role="alert"]', 'Use at least 10 characters.');
    await options.fillIn('Password', FOUNDER.password);
    await options.fillIn('Confirm password', FOUNDER.password);
    await options.press('Create workspace');

    await options.waitForText('main h2', 'Getting started', 30_000);
    expect(options.page.url()).toMatch(/#getting-started$/);
    await options.waitForText('.control-panel__header', `${FOUNDER.name} (admin)`);
    workspaceId = await options.page.$eval('.getting-started code', (el) => el.textContent ?? '');
    expect(workspaceId).toMatch(/^lumen-lamps-[a-z0-9]+-[a-z0-9]{6}$/);
    await options.waitForStatus('0 of 6 done.');
    await options.screenshot('onboarding-01-checklist');
  });

  it('verifies the email through the link the Auth emulator holds', async () => {
    const link = await oobLink(FOUNDER.email, 'VERIFY_EMAIL');
    const tab = await operatorBrowser.browser.newPage();
    const opened = await tab.goto(link);
    expect(opened?.ok()).toBe(true);
    await tab.close();
    // The checklist asks Firebase again by itself (no reload, no click).
    await options.waitUntilTicked('verify-email');
  });

  it('installs the widget: the snippet for the new workspace, served from the demo site', async () => {
    await options.openPanel('widget-install', 'Widget install');
    await options.page.locator('summary ::-p-text(Where widget.js is served)').click();
    await options.fillIn('Address of widget.js', `${stack.demoSiteUrl}/widget/widget.js`);
    await options.page.keyboard.press('Tab'); // change event
    await options.page.waitForFunction(
      (ws) =>
        (
          document.querySelector('textarea[name="snippet"]') as HTMLTextAreaElement | null
        )?.value.includes(`data-workspace="${ws}"`),
      { timeout: 10_000 },
      workspaceId,
    );
  });

  it('invites an operator, who sets their password on the emailed link', async () => {
    await options.openPanel('operators', 'Chat Operators');
    await options.press('Invite');
    await options.fillIn('Display name', INVITEE.name);
    await options.fillIn('Email', INVITEE.email);
    expect(await options.page.$('dialog[open] input[name="password"]')).toBeNull();
    await options.press('Send invitation');
    await options.waitForStatus(`Invitation sent to ${INVITEE.email}.`);
    await options.waitForText('.operators-table', INVITEE.name);

    const link = await invitationLink(INVITEE.email);
    expect(link.startsWith(`${stack.demoSiteUrl}/widget/account.html?`)).toBe(true);
    const page = await visitorBrowser.browser.newPage();
    const errors = pageErrors(page);
    await page.goto(link);
    await waitForText(page, 'h1', 'Welcome to Parley');
    await waitForText(page, 'form', INVITEE.email);
    await choosePassword(page, 'paula');
    await waitForText(page, '[role="alert"]', 'Use at least 10 characters.');
    await choosePassword(page, INVITEE.password);
    await waitForText(page, '[role="status"]', 'Your password is set.');
    await saveScreenshot(page, stack.artifactsDir, 'onboarding-02-invitation-password-set');
    await page.close();
    expect(errors).toEqual([]);
    expect(await canSignIn(INVITEE.email, INVITEE.password)).toBe(true);
    await options.waitUntilTicked('operators');
  });

  it('adds a department and a canned response', async () => {
    await options.openPanel('departments', 'Departments');
    await options.fillIn('Department name', 'Lamps');
    await options.press(`Add ${FOUNDER.name} to Department operators`);
    await options.press('Add department');
    await options.waitForText('.departments-list', 'Lamps');
    await options.waitUntilTicked('routing');

    await options.openPanel('canned-responses', 'Canned responses');
    await options.press('Add canned response');
    await options.fillIn('Short-cut command', 'hi');
    await options.fillIn('Canned response', 'Hello %VISITOR%, %OPERATOR% here.');
    await options.page.locator('dialog[open] button[type="submit"]').click();
    await options.waitForText('.canned-list', '/hi');
    // The list shows the new response before the window closes; a modal window takes the clicks.
    await options.page.waitForSelector('dialog[open]', { hidden: true, timeout: 20_000 });
    await options.waitUntilTicked('canned-responses');
  });

  it('receives the first visitor chat in the side panel, and the checklist is complete', async () => {
    // The founder goes online in the side panel (signed in already: the session is shared).
    const panel = await ConsolePage.open(operatorBrowser);
    await panel.waitUntilSignedIn();
    await panel.goOnline();

    // A page of the demo site with the snippet the Control Panel gave (the stack's addresses
    // added as the demo site adds them to its own pages).
    const snippet = await options.page.evaluate(async () => {
      location.hash = '#widget-install';
      for (let i = 0; i < 100; i++) {
        const value = (document.querySelector('textarea[name="snippet"]') as HTMLTextAreaElement)
          ?.value;
        if (value) return value;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return '';
    });
    expect(snippet).toContain(`data-workspace="${workspaceId}"`);
    const html = injectWidgetAttributes(
      `<!doctype html><html><head><title>Lumen Lamps</title></head><body><h1>Lumen Lamps</h1>${snippet}</body></html>`,
      stack,
    );
    const visitor = await WidgetVisitor.arrive(visitorBrowser.browser, null);
    // A page of the demo site whose content is the customer's own, with the snippet in it.
    await visitor.visit('/help');
    await visitor.page.setContent(html);
    await visitor.openChat();
    await visitor.fillWelcome({ name: VISITOR }).catch(async (error) => {
      await visitor.screenshot('onboarding-failed-welcome');
      throw error;
    });
    await visitor.startChat();
    await visitor.waitForStatus('waiting').catch(async (error) => {
      await visitor.screenshot('onboarding-failed-visitor');
      throw error;
    });
    await visitor.type('Is the Lumen desk lamp dimmable?');

    await panel.waitForIncoming(VISITOR);
    await panel.screenshot('onboarding-03-first-chat-incoming');
    await panel.accept(VISITOR);
    await panel.waitForMessage('Is the Lumen desk lamp dimmable?');
    await panel.screenshot('onboarding-04-first-chat');

    await options.waitUntilTicked('widget');
    await options.waitUntilTicked('test-chat');
    await options.waitForStatus('All done: your workspace is ready.');
    await options.screenshot('onboarding-05-checklist-done');
    await panel.setPresence('offline');
    expect(visitor.errors).toEqual([]);
    expect(panel.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });

  it("resets a forgotten password with Firebase's own email, on the account page", async () => {
    await options.page.bringToFront();
    await options.press('Sign out');
    await options.press('Forgot password?');
    await options.fillIn('Email for the reset link', FOUNDER.email);
    await options.press('Send reset link');
    await options.waitForStatus(`If ${FOUNDER.email} has an account`);

    // Firebase's email carries this code; with the templates' action URL set to the account page
    // (README, "Going to production") the link opens it like this.
    const code = new URL(await oobLink(FOUNDER.email, 'PASSWORD_RESET')).searchParams.get(
      'oobCode',
    );
    const page = await visitorBrowser.browser.newPage();
    await page.goto(
      `${stack.demoSiteUrl}/widget/account.html?mode=resetPassword&oobCode=${code}&apiKey=demo-api-key&emulator=${stack.authHost}`,
    );
    await waitForText(page, 'h1', 'Choose a new password');
    const renewed = 'Amber-Kettle-Orbit-3';
    await choosePassword(page, renewed);
    await waitForText(page, '[role="status"]', 'Your password is set.');
    await page.close();

    await options.page.bringToFront();
    await options.press('Back to sign-in');
    await options.signIn({ email: FOUNDER.email, password: renewed });
    expect(options.errors).toEqual([]);
  });
});
