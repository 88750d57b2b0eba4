/**
 * From zero to the first chat, in Chromium with the built extension on the local stack: a new
 * workspace is created from the options page, its email verified through the Auth emulator's
 * link, the getting-started checklist worked through (an operator invited by email who sets
 * their password on the emailed link's page, a department, a canned response, the widget put on
 * a demo-site page with the new workspace id), and the first visitor chat arrives in the side
 * panel. Every checklist item must tick itself. Screenshots: test-artifacts/onboarding-*.png.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { injectWidgetAttributes } from '../../widget/demo/inject.ts';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { waitForText } from '../support/page.ts';

const stack = inject('stack');
const W = 'parley-widget >>>';
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

const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;
const click = (page: Page, role: string, name: string) =>
  page.locator(aria(role, name)).setTimeout(20_000).click();
const fill = (page: Page, selector: string, value: string) =>
  page.locator(selector).setTimeout(20_000).fill(value);
const shot = (page: Page, name: string) =>
  saveScreenshot(page, stack.artifactsDir, `onboarding-${name}`);

async function openPanel(page: Page, id: string, heading: string) {
  await page.locator(`nav a[href="#${id}"]`).click();
  await waitForText(page, 'main h2', heading);
}

/** Waits until the checklist shows `item` as done. */
async function ticked(page: Page, item: string, timeout = 30_000) {
  // Other tabs came to the front meanwhile; a background tab's clicks wait for frames forever.
  await page.bringToFront();
  await openPanel(page, 'getting-started', 'Getting started').catch(async (error) => {
    // Say where the page was instead of only that the heading never came.
    const state = await page.evaluate(() => ({
      hash: location.hash,
      h2: [...document.querySelectorAll('main h2')].map((h) => h.textContent),
      dialogs: document.querySelectorAll('dialog[open]').length,
    }));
    throw new Error(`${JSON.stringify(state)} ${error}`);
  });
  await page.waitForSelector(`li[data-item="${item}"].checklist__item--done`, { timeout });
}

/** The newest link the Auth emulator holds for `email` (what Firebase would have emailed). */
async function oobLink(email: string, type: string) {
  const response = await fetch(
    `http://${stack.authHost}/emulator/v1/projects/${stack.projectId}/oobCodes`,
  );
  const { oobCodes } = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  const found = oobCodes.filter((c) => c.email === email && c.requestType === type).at(-1);
  if (!found) throw new Error(`no ${type} link for ${email}`);
  return found.oobLink;
}

/** The invitation mail's link, from the SMTP sink. */
async function invitationLink(email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(stack.smtp.messagesUrl)).json()) as {
      envelope: { to: string[] };
      text: string;
    }[];
    const mail = mails.find((m) => m.envelope.to.includes(email));
    const link = mail?.text.match(/https?:\/\/\S+account\.html\S+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no invitation mail for ${email}`);
}

/** Polls for an element, inside the widget's shadow root too (as widget-console.test.ts). */
async function shown(page: Page, selector: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector).catch(() => null);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  const response = await fetch(
    `http://${stack.authHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  return response.ok;
}

describe('from zero to the first chat', () => {
  let operatorBrowser: LaunchedBrowser;
  let visitorBrowser: LaunchedBrowser;
  let options: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    [operatorBrowser, visitorBrowser] = await Promise.all([
      launchChromium({ extensionDir: stack.extension.chrome }),
      launchChromium(),
    ]);
    options = await operatorBrowser.browser.newPage();
    await options.setViewport({ width: 1200, height: 900 });
    options.on('pageerror', (error) => errors.push(String(error)));
    await options.goto(`chrome-extension://${operatorBrowser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await Promise.all([operatorBrowser?.close(), visitorBrowser?.close()]);
  });

  let workspaceId = '';

  it('creates a workspace and lands on the getting-started checklist', async () => {
    await click(options, 'button', 'Create a workspace');
    await fill(options, 'input[name="workspaceName"]', FOUNDER.workspace);
    await fill(options, 'input[name="displayName"]', FOUNDER.name);
    await fill(options, 'input[name="email"]', FOUNDER.email);
    await fill(options, 'input[name="password"]', 'short');
    await fill(options, 'input[name="confirm"]', 'short');
    await click(options, 'button', 'Create workspace');
    await waitForText(options, '[role="alert"]', 'Use at least 10 characters.');
    await fill(options, 'input[name="password"]', FOUNDER.password);
    await fill(options, 'input[name="confirm"]', FOUNDER.password);
    await click(options, 'button', 'Create workspace');

    await waitForText(options, 'main h2', 'Getting started', 30_000);
    expect(options.url()).toMatch(/#getting-started$/);
    await waitForText(options, '.control-panel__header', `${FOUNDER.name} (admin)`);
    workspaceId = await options.$eval('.getting-started code', (el) => el.textContent ?? '');
    expect(workspaceId).toMatch(/^lumen-lamps-[a-z0-9]+-[a-z0-9]{6}$/);
    await waitForText(options, '[role="status"]', '0 of 6 done.');
    await shot(options, '01-checklist');
  });

  it('verifies the email through the link the Auth emulator holds', async () => {
    const link = await oobLink(FOUNDER.email, 'VERIFY_EMAIL');
    const tab = await operatorBrowser.browser.newPage();
    const opened = await tab.goto(link);
    expect(opened?.ok()).toBe(true);
    await tab.close();
    // The checklist asks Firebase again by itself (no reload, no click).
    await ticked(options, 'verify-email');
  });

  it('installs the widget: the snippet for the new workspace, served from the demo site', async () => {
    await openPanel(options, 'widget-install', 'Widget install');
    await options.locator('summary ::-p-text(Where widget.js is served)').click();
    await fill(options, 'input[name="scriptUrl"]', `${stack.demoSiteUrl}/widget/widget.js`);
    await options.keyboard.press('Tab'); // change event
    await options.waitForFunction(
      (ws) =>
        (
          document.querySelector('textarea[name="snippet"]') as HTMLTextAreaElement | null
        )?.value.includes(`data-workspace="${ws}"`),
      { timeout: 10_000 },
      workspaceId,
    );
  });

  it('invites an operator, who sets their password on the emailed link', async () => {
    await openPanel(options, 'operators', 'Chat Operators');
    await click(options, 'button', 'Invite');
    await fill(options, 'dialog[open] input[name="displayName"]', INVITEE.name);
    await fill(options, 'dialog[open] input[name="email"]', INVITEE.email);
    expect(await options.$('dialog[open] input[name="password"]')).toBeNull();
    await click(options, 'button', 'Send invitation');
    await waitForText(options, '[role="status"]', `Invitation sent to ${INVITEE.email}.`);
    await waitForText(options, '.operators-table', INVITEE.name);

    const link = await invitationLink(INVITEE.email);
    expect(link.startsWith(`${stack.demoSiteUrl}/widget/account.html?`)).toBe(true);
    const page = await visitorBrowser.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(link);
    await waitForText(page, 'h1', 'Welcome to Parley');
    await waitForText(page, 'form', INVITEE.email);
    await fill(page, 'input[name="password"]', 'paula');
    await fill(page, 'input[name="confirm"]', 'paula');
    await page.locator('button[type="submit"]').click();
    await waitForText(page, '[role="alert"]', 'Use at least 10 characters.');
    await fill(page, 'input[name="password"]', INVITEE.password);
    await fill(page, 'input[name="confirm"]', INVITEE.password);
    await page.locator('button[type="submit"]').click();
    await waitForText(page, '[role="status"]', 'Your password is set.');
    await shot(page, '02-invitation-password-set');
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(await canSignIn(INVITEE.email, INVITEE.password)).toBe(true);
    await ticked(options, 'operators');
  });

  it('adds a department and a canned response', async () => {
    await openPanel(options, 'departments', 'Departments');
    await fill(options, 'input[name="departmentName"]', 'Lamps');
    await click(options, 'button', `Add ${FOUNDER.name} to Department operators`);
    await click(options, 'button', 'Add department');
    await waitForText(options, '.departments-list', 'Lamps');
    await ticked(options, 'routing');

    await openPanel(options, 'canned-responses', 'Canned responses');
    await click(options, 'button', 'Add canned response');
    await fill(options, 'dialog[open] input[name="shortcut"]', 'hi');
    await fill(options, 'dialog[open] textarea[name="text"]', 'Hello %VISITOR%, %OPERATOR% here.');
    await options.locator('dialog[open] button[type="submit"]').click();
    await waitForText(options, '.canned-list', '/hi');
    // The list shows the new response before the window closes; a modal window takes the clicks.
    await options.waitForSelector('dialog[open]', { hidden: true, timeout: 20_000 });
    await ticked(options, 'canned-responses');
  });

  it('receives the first visitor chat in the side panel, and the checklist is complete', async () => {
    // The founder goes online in the side panel (signed in already: the session is shared).
    const panel = await operatorBrowser.browser.newPage();
    await panel.setViewport({ width: 420, height: 820 });
    panel.on('pageerror', (error) => errors.push(String(error)));
    await panel.goto(`chrome-extension://${operatorBrowser.extensionId}/sidepanel.html`);
    await panel.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
    await panel.select('select[aria-label="Presence"]', 'online');
    await panel.waitForSelector('.presence-switch--online', { timeout: 20_000 });

    // A page of the demo site with the snippet the Control Panel gave (the stack's addresses
    // added as the demo site adds them to its own pages).
    const snippet = await options.evaluate(async () => {
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
    const visitor = await visitorBrowser.browser.newPage();
    const visitorErrors: string[] = [];
    visitor.on('pageerror', (error) => visitorErrors.push(String(error)));
    // A page of the demo site whose content is the customer's own, with the snippet in it.
    await visitor.goto(`${stack.demoSiteUrl}/help`);
    await visitor.setContent(html);
    await visitor.locator(`${W} button.launcher`).click();
    await (
      await shown(visitor, `${W} #parley-name`).catch(async (error) => {
        await shot(visitor, 'failed-welcome');
        throw error;
      })
    ).type(VISITOR);
    await visitor.locator(`${W} button[type="submit"]`).click();
    await shown(visitor, `${W} .chat-status.waiting`).catch(async (error) => {
      await shot(visitor, 'failed-visitor');
      throw error;
    });
    const box = await shown(visitor, `${W} textarea[aria-label="Message"]`);
    await box.type('Is the Lumen desk lamp dimmable?');
    await box.press('Enter');

    const accept = `button[aria-label="Accept chat with ${VISITOR}"]`;
    await panel.waitForSelector(accept, { timeout: 20_000 });
    await shot(panel, '03-first-chat-incoming');
    await panel.click(accept);
    await waitForText(panel, '[role="log"]', 'Is the Lumen desk lamp dimmable?');
    await shot(panel, '04-first-chat');

    await ticked(options, 'widget');
    await ticked(options, 'test-chat');
    await waitForText(options, '[role="status"]', 'All done: your workspace is ready.');
    await shot(options, '05-checklist-done');
    await panel.select('select[aria-label="Presence"]', 'offline');
    expect(visitorErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
  it("resets a forgotten password with Firebase's own email, on the account page", async () => {
    await options.bringToFront();
    await click(options, 'button', 'Sign out');
    await click(options, 'button', 'Forgot password?');
    await fill(options, 'input[name="resetEmail"]', FOUNDER.email);
    await click(options, 'button', 'Send reset link');
    await waitForText(options, '[role="status"]', `If ${FOUNDER.email} has an account`);

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
    await fill(page, 'input[name="password"]', renewed);
    await fill(page, 'input[name="confirm"]', renewed);
    await page.locator('button[type="submit"]').click();
    await waitForText(page, '[role="status"]', 'Your password is set.');
    await page.close();

    await options.bringToFront();
    await click(options, 'button', 'Back to sign-in');
    await fill(options, 'input[name="email"]', FOUNDER.email);
    await fill(options, 'input[name="password"]', renewed);
    await options.locator('button[type="submit"]').click();
    await options.waitForSelector('nav[aria-label="Control panel sections"]', { timeout: 20_000 });
    expect(errors).toEqual([]);
  });
});
