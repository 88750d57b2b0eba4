import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { sipHa1 } from '../../functions/src/sip-credentials.ts';
import { launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { waitForText } from '../support/page.ts';

/**
 * The Control Panel (options page) end to end, in Chromium with the built extension against the
 * seeded stack: Ada (admin) adds an operator without a password and gets one, edits them, sets up
 * a department, the off-line recipients, URL routing and the chat timeouts, and deletes the
 * operator; Nora (normal) sees only her profile and the canned responses. Screenshots:
 * test-artifacts/admin-*.png. What the panels save is checked in Firestore itself (REST, as the emulator's owner).
 */

const stack = inject('stack');
const WS = 'demo';
const NEW_OPERATOR = { name: 'Paula', renamed: 'Paula Park', email: 'paula@parley.test' };
const ROUTE = '127.0.0.1*/admin-test*';

const shot = (page: Page, name: string) =>
  saveScreenshot(page, stack.artifactsDir, `admin-${name}`);

async function launchWithExtension(extensionDir: string) {
  const launched = await launchChromium({ extensionDir });
  return { ...launched, extensionId: launched.extensionId! };
}

/** Puppeteer's ARIA selector: an element by role and accessible name. */
const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

async function click(page: Page, role: string, name: string) {
  await page.locator(aria(role, name)).setTimeout(20_000).click();
}

async function waitForNoText(page: Page, selector: string, text: string, timeout = 20_000) {
  await page.waitForFunction(
    (sel, gone) =>
      ![...document.querySelectorAll(sel)].some((el) => (el.textContent ?? '').includes(gone)),
    { timeout, polling: 100 },
    selector,
    text,
  );
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(selector).setTimeout(20_000).fill(value);
}

/** Firestore REST as the emulator's owner (bypasses the rules): what was really saved. */
type Value = {
  stringValue?: string;
  integerValue?: string;
  booleanValue?: boolean;
  arrayValue?: { values?: Value[] };
};
async function readDoc(path: string): Promise<Record<string, Value> | null> {
  const url = `http://${stack.firestoreHost}/v1/projects/${stack.projectId}/databases/(default)/documents/${path}`;
  const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { fields?: Record<string, Value> }).fields ?? {};
}
const strings = (value: Value | undefined) =>
  (value?.arrayValue?.values ?? []).map((v) => v.stringValue ?? '');

async function listDocs(path: string): Promise<{ id: string; fields: Record<string, Value> }[]> {
  const url = `http://${stack.firestoreHost}/v1/projects/${stack.projectId}/databases/(default)/documents/${path}?pageSize=300`;
  const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
  const body = (await response.json()) as {
    documents?: { name: string; fields?: Record<string, Value> }[];
  };
  return (body.documents ?? []).map((d) => ({
    id: d.name.split('/').pop() ?? '',
    fields: d.fields ?? {},
  }));
}

/** Puts back what other browser suites rely on (they share the seeded stack); `removed` fields go. */
async function patchDoc(path: string, fields: Record<string, Value>, removed: string[] = []) {
  const mask = [...Object.keys(fields), ...removed]
    .map((f) => `updateMask.fieldPaths=${f}`)
    .join('&');
  const url = `http://${stack.firestoreHost}/v1/projects/${stack.projectId}/databases/(default)/documents/${path}?${mask}`;
  await fetch(url, {
    method: 'PATCH',
    headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields }),
  });
}

async function deleteDoc(path: string) {
  const url = `http://${stack.firestoreHost}/v1/projects/${stack.projectId}/databases/(default)/documents/${path}`;
  await fetch(url, { method: 'DELETE', headers: { Authorization: 'Bearer owner' } });
}

/** Can this email and password sign in (Auth emulator REST)? */
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

async function signIn(page: Page, email: string, password: string) {
  await fill(page, 'input[name="email"]', email);
  await fill(page, 'input[name="password"]', password);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('nav[aria-label="Control panel sections"]', { timeout: 20_000 });
}

async function openPanel(page: Page, id: string, heading: string) {
  await page.locator(`nav a[href="#${id}"]`).click();
  await waitForText(page, 'main h2', heading);
}

async function navLabels(page: Page): Promise<string[]> {
  return page.$$eval('nav[aria-label="Control panel sections"] a', (links) =>
    links.map((a) => a.textContent?.trim() ?? ''),
  );
}

/** The operator-picker item of `name` in the list headed `list` ("Operators" or the chosen one). */
async function pickerItem(page: Page, list: string, name: string): Promise<ElementHandle> {
  const handle = await page.waitForFunction(
    (heading, wanted) => {
      for (const section of document.querySelectorAll('.picker__list')) {
        if (!section.querySelector('h4')?.textContent?.startsWith(heading)) continue;
        for (const item of section.querySelectorAll('.picker__item'))
          if (item.querySelector('.picker__name')?.textContent?.startsWith(wanted)) return item;
      }
      return null;
    },
    { timeout: 10_000 },
    list,
    name,
  );
  return handle as ElementHandle;
}

async function chosenNames(page: Page, list: string): Promise<string[]> {
  return page.$$eval(
    '.picker__list--chosen',
    (sections, heading) =>
      sections
        .filter((s) => s.querySelector('h4')?.textContent?.startsWith(heading))
        .flatMap((s) =>
          [...s.querySelectorAll('.picker__name')].map((n) => n.textContent?.trim() ?? ''),
        ),
    list,
  );
}

describe('Control Panel in Chromium', () => {
  let chromium: Awaited<ReturnType<typeof launchWithExtension>>;
  let page: Page;
  const errors: string[] = [];
  const accounts = stack.accounts;

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    await quietDemoWorkspace(stack);
    chromium = await launchWithExtension(stack.extension.chrome);
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  });

  afterAll(async () => {
    // Other browser suites share the seeded workspace: leave it as the seed made it.
    if (accounts) {
      // The seed sets the queue timeout and leaves the transfer timeout at its default.
      await patchDoc(
        `workspaces/${WS}`,
        {
          routingMode: { stringValue: 'departments' },
          queueTimeoutSeconds: { integerValue: '180' },
        },
        ['transferTimeoutSeconds'],
      );
      await patchDoc(`workspaces/${WS}/settings/offline`, {
        recipientIds: { arrayValue: { values: [{ stringValue: accounts.ada.uid }] } },
      });
      const [first, second] = [accounts.ada.uid, accounts.nora.uid].sort();
      await deleteDoc(`workspaces/${WS}/internalChats/${first}_${second}`);
    }
    await chromium?.close();
  });

  it('signs the admin in and shows every panel', async () => {
    await signIn(page, 'ada@parley.test', 'parley-admin');
    expect(await navLabels(page)).toEqual([
      'My profile',
      'Getting started',
      'Chat Operators',
      'Departments',
      'Canned responses',
      'Billing',
      'Widget install',
      'Audit log',
      'Connection',
    ]);
    await openPanel(page, 'operators', 'Chat Operators');
    for (const name of ['Ada', 'Nora', 'Otto']) await waitForText(page, '.operators-table', name);
    await waitForText(page, '.operators-panel', '3 active seats × €19.00 = €57.00 a month');
    await shot(page, '01-operators');
  });

  it('adds an operator without a password and shows the generated one once', async () => {
    await click(page, 'button', 'Add');
    await page.waitForSelector('dialog[open] form.operator-form');
    await waitForText(page, 'dialog[open]', 'makes 4 active seats: €76.00 a month');
    await fill(page, 'dialog[open] input[name="displayName"]', NEW_OPERATOR.name);
    await fill(page, 'dialog[open] input[name="email"]', NEW_OPERATOR.email);
    await page.select('dialog[open] select[name="role"]', 'normal');
    await shot(page, '02-add-operator');
    await click(page, 'button', 'Add operator');

    const code = await page.waitForSelector('[data-testid="generated-password"]', {
      timeout: 30_000,
    });
    const password = (await code?.evaluate((el) => el.textContent ?? '')) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    await waitForText(page, 'dialog[open]', 'shown only once');
    await shot(page, '03-generated-password');
    expect(await canSignIn(NEW_OPERATOR.email, password)).toBe(true);

    await click(page, 'button', 'Done');
    await waitForText(page, '.operators-table', NEW_OPERATOR.name);
    await waitForText(page, '.operators-panel', '4 active seats');
  });

  it('edits the operator and shows their SIP info', async () => {
    await click(page, 'button', `Actions for ${NEW_OPERATOR.name}`);
    await click(page, 'menuitem', 'Edit profile');
    await page.waitForSelector('dialog[open] form.operator-form');
    await waitForText(page, 'dialog[open] .sip-info', 'sip:');
    await fill(page, 'dialog[open] input[name="displayName"]', NEW_OPERATOR.renamed);
    await fill(page, 'dialog[open] input[name="maxChats"]', '3');
    await shot(page, '04-edit-operator');
    await click(page, 'button', 'Save changes');
    await waitForText(page, '.operators-table', NEW_OPERATOR.renamed, 30_000);
    // The email is on the private document (ADR 005); the public one has the name and capacity.
    const privates = await listDocs(`workspaces/${WS}/operatorPrivate`);
    const paulaId = privates.find((op) => op.fields.email?.stringValue === NEW_OPERATOR.email)?.id;
    const operators = await listDocs(`workspaces/${WS}/operators`);
    const paula = operators.find((op) => op.id === paulaId);
    expect(paula?.fields.email).toBeUndefined();
    expect(paula?.fields.displayName?.stringValue).toBe(NEW_OPERATOR.renamed);
    expect(paula?.fields.maxChats?.integerValue).toBe('3');
  });

  it('sets up a department by dragging one operator and adding another by keyboard', async () => {
    await openPanel(page, 'departments', 'Departments');
    await waitForText(page, '.departments-list', 'Sales');
    await fill(page, 'input[name="departmentName"]', 'Billing questions');
    // A real mouse drag from the left list into the department's list…
    const ada = await pickerItem(page, 'Operators', 'Ada');
    const target = await page.waitForSelector('.picker__list--chosen');
    await target?.drop(ada);
    await page.waitForFunction(
      () => document.querySelector('.picker__list--chosen')?.textContent?.includes('Ada'),
      { timeout: 5_000 },
    );
    // …and the keyboard alternative: the operator's own Add button.
    await click(page, 'button', `Add ${NEW_OPERATOR.renamed} to Department operators`);
    expect(await chosenNames(page, 'Department operators')).toEqual(['Ada', NEW_OPERATOR.renamed]);
    await shot(page, '05-department-form');
    await click(page, 'button', 'Add department');
    await waitForText(page, '.departments-list', 'Billing questions');
    await waitForText(page, '[role="status"]', 'Added department Billing questions.');

    const department = (await listDocs(`workspaces/${WS}/departments`)).find(
      (d) => d.fields.name?.stringValue === 'Billing questions',
    );
    expect(strings(department?.fields.operatorIds)).toHaveLength(2);

    // Edit: rename and take Ada out again.
    await click(page, 'button', 'Edit department Billing questions');
    await fill(page, 'input[name="departmentName"]', 'Billing help');
    await click(page, 'button', 'Remove Ada from Department operators');
    await click(page, 'button', 'Save department');
    await waitForText(page, '.departments-list', 'Billing help');
    await shot(page, '06-departments');
    const edited = await readDoc(`workspaces/${WS}/departments/${department?.id}`);
    expect(edited?.name?.stringValue).toBe('Billing help');
    expect(strings(edited?.operatorIds)).toHaveLength(1);
  });

  it('chooses the off-line message recipients', async () => {
    await openPanel(page, 'operators', 'Chat Operators');
    await click(page, 'button', 'Chat Operators settings');
    await click(page, 'menuitem', 'Off-line messages');
    await page.waitForSelector('dialog[open] form.offline-messages');
    expect(await chosenNames(page, 'Recipients')).toEqual(['Ada']);
    await click(page, 'button', 'Add Nora to Recipients');
    await click(page, 'button', 'Update');
    await waitForText(page, 'dialog[open] [role="status"]', 'off-line messages go to 2 operators');
    await shot(page, '07-offline-recipients');
    const settings = await readDoc(`workspaces/${WS}/settings/offline`);
    expect(strings(settings?.recipientIds).sort()).toEqual(
      [accounts.ada.uid, accounts.nora.uid].sort(),
    );
    await click(page, 'button', 'Close Off-line messages');
  });

  it('adds a URL routing rule and enables URL routing, which turns department routing off', async () => {
    expect((await readDoc(`workspaces/${WS}`))?.routingMode?.stringValue).toBe('departments');
    await click(page, 'button', 'Chat Operators settings');
    await click(page, 'menuitem', 'URL routing');
    await page.waitForSelector('dialog[open] .url-routing');
    await waitForText(page, 'dialog[open] .rule-list', '127.0.0.1*/pricing*');
    await fill(page, 'dialog[open] input[name="pattern"]', ROUTE);
    await click(page, 'button', 'Add Otto to Operators for this address');
    await click(page, 'button', 'Add routing');
    await waitForText(page, 'dialog[open] .rule-list', ROUTE);
    await fill(
      page,
      'dialog[open] input[name="testPage"]',
      'http://127.0.0.1:5173/admin-test/page',
    );
    await waitForText(page, 'dialog[open] .route-tester', `Matches ${ROUTE}: offered to Otto.`);

    await page.locator('dialog[open] input[name="enableUrlRouting"]').click();
    await waitForText(page, 'dialog[open]', 'Department routing has been turned off');
    await page.waitForFunction(
      () =>
        (document.querySelector('dialog[open] input[name="enableUrlRouting"]') as HTMLInputElement)
          ?.checked,
    );
    await shot(page, '08-url-routing');
    expect((await readDoc(`workspaces/${WS}`))?.routingMode?.stringValue).toBe('url');
    const route = (await listDocs(`workspaces/${WS}/urlRoutes`)).find(
      (r) => r.fields.pattern?.stringValue === ROUTE,
    );
    expect(strings(route?.fields.operatorIds)).toEqual([accounts.otto.uid]);

    // Clean up the rule (with its confirmation) and go back to department routing.
    await click(page, 'button', `Delete routing for ${ROUTE}`);
    await click(page, 'button', `Yes, delete routing for ${ROUTE}`);
    await waitForNoText(page, 'dialog[open] .rule-list', ROUTE);
    await click(page, 'button', 'Close URL routing');
    await openPanel(page, 'departments', 'Departments');
    await page.locator('input[name="enableDepartmentRouting"]').click();
    await waitForText(page, '[role="status"]', 'URL routing has been turned off');
    expect((await readDoc(`workspaces/${WS}`))?.routingMode?.stringValue).toBe('departments');
    await click(page, 'button', 'Delete department Billing help');
    await click(page, 'button', 'Yes, delete department Billing help');
    await waitForNoText(page, '.departments-list', 'Billing help');
  });

  it('sets the transfer timeout, refusing a value out of range', async () => {
    await openPanel(page, 'operators', 'Chat Operators');
    await click(page, 'button', 'Chat Operators settings');
    await click(page, 'menuitem', 'Chat timeouts');
    await page.waitForSelector('dialog[open] form.chat-timeouts');
    const fieldValue = (name: string) =>
      page.$eval(`dialog[open] input[name="${name}"]`, (el) => (el as HTMLInputElement).value);
    // The seed's queue timeout, and the transfer timeout's default (the seed stores none).
    expect(await fieldValue('queueTimeoutSeconds')).toBe('180');
    expect(await fieldValue('transferTimeoutSeconds')).toBe('60');

    await fill(page, aria('spinbutton', 'Transfer timeout (seconds)'), '5');
    await click(page, 'button', 'Save');
    await waitForText(
      page,
      'dialog[open] [role="alert"]',
      'The transfer timeout must be between 15 and 600 seconds.',
    );
    await shot(page, '08b-chat-timeouts-refused');
    expect((await readDoc(`workspaces/${WS}`))?.transferTimeoutSeconds).toBeUndefined();

    await fill(page, aria('spinbutton', 'Transfer timeout (seconds)'), '90');
    await waitForNoText(page, 'dialog[open] [role="alert"]', 'transfer timeout');
    await click(page, 'button', 'Save');
    await waitForText(page, 'dialog[open] [role="status"]', 'transfers 90 seconds');
    const workspace = await readDoc(`workspaces/${WS}`);
    expect(workspace?.transferTimeoutSeconds?.integerValue).toBe('90');
    expect(workspace?.queueTimeoutSeconds?.integerValue).toBe('180');
    const audit = (await listDocs(`workspaces/${WS}/auditLog`)).filter(
      (entry) => entry.fields.action?.stringValue === 'workspace.timeoutsChanged',
    );
    expect(audit.map((entry) => entry.fields.actor?.stringValue)).toContain(accounts.ada.uid);
    await click(page, 'button', 'Close Chat timeouts');
  });

  it('starts an internal chat from the gear menu', async () => {
    await openPanel(page, 'operators', 'Chat Operators');
    const pages = (await chromium.browser.pages()).length;
    await click(page, 'button', 'Actions for Nora');
    await click(page, 'menuitem', 'Start Chat');
    await waitForText(page, '[role="status"]', 'Chat with Nora opened in the console.');
    const [first, second] = [accounts.ada.uid, accounts.nora.uid].sort();
    const chat = await readDoc(`workspaces/${WS}/internalChats/${first}_${second}`);
    expect(strings(chat?.members)).toEqual([first, second]);
    // Without a known window the console opens in a tab (Chrome's side panel needs a window id).
    const opened = await chromium.browser.pages();
    for (const extra of opened.slice(pages)) await extra.close();
    await page.bringToFront();
  });

  it('deletes the operator after a confirmation', async () => {
    await openPanel(page, 'operators', 'Chat Operators');
    await click(page, 'button', `Actions for ${NEW_OPERATOR.renamed}`);
    await click(page, 'menuitem', 'Delete');
    await waitForText(page, 'dialog[open]', 'their seat is freed');
    await shot(page, '09-delete-operator');
    await click(page, 'button', `Delete ${NEW_OPERATOR.renamed}`);
    await waitForNoText(page, '.operators-table', NEW_OPERATOR.renamed, 30_000);
    await waitForText(page, '[role="status"]', `Deleted ${NEW_OPERATOR.renamed}.`);
    await waitForText(page, '.operators-panel', '3 active seats');
    const operators = await listDocs(`workspaces/${WS}/operators`);
    expect(operators.some((op) => op.fields.email?.stringValue === NEW_OPERATOR.email)).toBe(false);
    expect(await canSignIn(NEW_OPERATOR.email, 'whatever-it-was')).toBe(false);
  });

  it('shows billing, the widget snippet and the canned responses editor', async () => {
    await openPanel(page, 'billing', 'Billing');
    await waitForText(page, '[data-testid="monthly-fee"]', '€57.00');
    await waitForText(page, '.invoices-table', '2026-10');
    await waitForText(page, '.payment-methods', 'Visa •••• 4242');
    // The previous month already has its invoice: closing it again bills nothing twice.
    await fill(page, 'input[name="period"]', '2026-10');
    await click(page, 'button', 'Issue invoice');
    await waitForText(page, '.close-period [role="status"]', 'already existed');

    await click(page, 'button', 'Add card');
    await page.select('select[name="brand"]', 'mastercard');
    await fill(page, 'input[name="last4"]', '5100');
    await page.select('select[name="expMonth"]', '3');
    await fill(page, 'input[name="expYear"]', '2031');
    await fill(page, 'input[name="holder"]', 'Ada Lovelace');
    await page.locator('input[name="makeDefault"]').click();
    await click(page, 'button', 'Add card');
    const mastercard = 'Mastercard •••• 5100, expires 03/2031';
    await waitForText(page, '.payment-methods', mastercard);
    await shot(page, '10-billing');
    // The list shows the card as soon as it is written locally; the server has it once the
    // batch (new default + old one demoted) commits, so poll the server, not the page.
    await vi.waitFor(
      async () => {
        const cards = await listDocs(`workspaces/${WS}/paymentMethods`);
        expect(
          cards.map((c) => [c.fields.last4?.stringValue, c.fields.isDefault?.booleanValue]).sort(),
        ).toEqual([
          ['4242', false],
          ['5100', true],
        ]);
      },
      { timeout: 10_000, interval: 200 },
    );
    await click(page, 'button', 'Make Visa •••• 4242, expires 12/2029 the default card');
    await waitForText(page, '[role="status"]', 'The card ending 4242 is now the default.');
    await click(page, 'button', `Remove ${mastercard}`);
    await click(page, 'button', `Yes, remove ${mastercard}`);
    await waitForNoText(page, '.payment-methods', mastercard);

    await openPanel(page, 'widget-install', 'Widget install');
    await page.waitForSelector('textarea[name="snippet"]');
    const snippet = await page.$eval(
      'textarea[name="snippet"]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(snippet).toMatch(
      /^<script src="[^"]+\/widget\.js" data-workspace="demo" async><\/script>$/,
    );
    await shot(page, '11-widget-install');

    await openPanel(page, 'canned-responses', 'Canned responses');
    await waitForText(page, '.canned-list', '/hello');
    await click(page, 'button', 'Add canned response');
    await fill(page, 'dialog[open] input[name="shortcut"]', 'hello');
    await waitForText(page, 'dialog[open]', 'already used by another canned response');
    await fill(page, 'dialog[open] input[name="shortcut"]', 't');
    await waitForText(page, 'dialog[open]', 'is the built-in command');
    await fill(page, 'dialog[open] input[name="shortcut"]', 'bye-test');
    await fill(page, 'dialog[open] textarea[name="text"]', 'Goodbye %VISITOR%, %OPERATOR% here.');
    await waitForText(page, '[data-testid="canned-preview"]', 'Goodbye Alex, Ada here.');
    await shot(page, '12-canned-editor');
    await page.locator('dialog[open] button[type="submit"]').click();
    await waitForText(page, '.canned-list', '/bye-test');
    await click(page, 'button', 'Delete /bye-test');
    await click(page, 'button', 'Yes, delete /bye-test');
    await waitForNoText(page, '.canned-list', '/bye-test');
    expect(errors).toEqual([]);
  });

  it('shows a normal operator only their profile and the canned responses', async () => {
    await click(page, 'button', 'Sign out');
    await page.waitForSelector('input[name="email"]', { timeout: 20_000 });
    await signIn(page, 'nora@parley.test', 'parley-operator');
    expect(await navLabels(page)).toEqual(['My profile', 'Canned responses', 'Connection']);
    await openPanel(page, 'profile', 'My profile');
    await waitForText(page, '.sip-info', 'sip:nora@demo.chat.parley.test');
    await shot(page, '13-normal-profile');

    // SIP Info: Nora replaces her SIP password; it is shown once and only its digests are stored.
    await click(page, 'button', 'Generate a new SIP password');
    await click(page, 'button', 'Replace SIP password');
    const shown = await page.waitForSelector('[data-testid="sip-password"]', { timeout: 20_000 });
    const sipPassword = (await shown!.evaluate((el) => el.textContent ?? '')).trim();
    expect(sipPassword.length).toBeGreaterThanOrEqual(16);
    const account = await readDoc(`workspaces/${WS}/sipAccounts/nora`);
    expect(account?.ha1Md5?.stringValue).toBe(
      sipHa1('MD5', 'nora', 'demo.chat.parley.test', sipPassword),
    );
    await shot(page, '13b-sip-password');

    await openPanel(page, 'canned-responses', 'Canned responses');
    await waitForText(page, '.canned-list', '/hello');
    expect(await page.$(aria('button', 'Add canned response'))).toBeNull();
    expect(await page.$(aria('button', 'Edit /hello'))).toBeNull();
    await waitForText(page, '.canned-panel', 'Only administrators can change canned responses.');

    // Forcing an admin panel's address shows nothing of it.
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html#billing`);
    await page.waitForSelector('nav[aria-label="Control panel sections"]', { timeout: 20_000 });
    expect(await page.$('.billing-panel')).toBeNull();
    await shot(page, '14-normal-canned');
    expect(errors).toEqual([]);
  });
});
