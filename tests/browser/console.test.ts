import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { deep, waitForText } from '../support/page.ts';

/**
 * The operator console end to end, in Debian's Chromium with the built extension, against the
 * local stack of tests/setup/stack.ts (seeded workspace `demo`): Nora and Otto each in their own
 * browser profile (separate sessions), a visitor on the demo website. Screenshots go to
 * test-artifacts/console-*.png.
 */

const stack = inject('stack');
type OperatorBrowser = LaunchedBrowser & { extensionId: string };

async function launchWithExtension(
  extensionDir: string,
  profile?: string,
): Promise<OperatorBrowser> {
  const launched = await launchChromium({ extensionDir, profile });
  return { ...launched, extensionId: launched.extensionId! };
}

async function shot(page: Page, name: string) {
  await mkdir(stack.artifactsDir, { recursive: true });
  await page.screenshot({
    path: path.join(stack.artifactsDir, `console-${name}.png`) as `${string}.png`,
  });
}

/** Opens the console page of an operator's browser and records page errors. */
async function openConsole(operator: OperatorBrowser): Promise<{ page: Page; errors: string[] }> {
  const page = await operator.browser.newPage();
  await page.setViewport({ width: 420, height: 820 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  recordLogs(page);
  await page.goto(`chrome-extension://${operator.extensionId}/sidepanel.html`);
  await page.waitForSelector('h1');
  return { page, errors };
}

async function signIn(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
}

async function setPresence(page: Page, state: 'online' | 'away' | 'offline') {
  await page.select('select[aria-label="Presence"]', state);
}

/** Console output of the extension pages, quoted when a step fails. */
const pageLogs = new WeakMap<Page, string[]>();

function recordLogs(page: Page) {
  const logs: string[] = [];
  pageLogs.set(page, logs);
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`pageerror: ${error}`));
}

/** Runs one step of a scenario; a failure names the step and leaves a screenshot of each page. */
async function step<T>(name: string, pages: Page[], action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const logs = pages.flatMap((page) => (pageLogs.get(page) ?? []).slice(-15));
    if (logs.length > 0) console.error(`[${name}] page console:\n${logs.join('\n')}`);
    await Promise.all(
      pages.map((page, i) =>
        shot(page, `failed-${name.replace(/\W+/g, '-')}-${i}`).catch(() => {}),
      ),
    );
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

async function typeInComposer(page: Page, label: string, text: string) {
  const box = `textarea[aria-label="${label}"]`;
  await page.waitForSelector(box);
  await page.focus(box);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  // The box empties once the message is queued or the command done (an error keeps the text).
  await page
    .waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === '',
      { timeout: 20_000, polling: 50 },
      box,
    )
    .catch(() => {});
}

/** The demo website with the widget, as a visitor. */
async function visitorStartsChat(
  browser: Browser,
  name: string,
  department: string,
  message: string,
) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('requestfailed', (request) =>
    problems.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  await page.goto(`${stack.demoSiteUrl}/pricing`);
  await page.bringToFront();
  const launcher = await step('the widget launcher appears', [page], async () => {
    try {
      return await deep(page, 'button[aria-label="Open chat"]', 40_000);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}; page problems: ${problems.join(' | ') || 'none'}`,
      );
    }
  });
  await launcher.click();
  await (await deep(page, 'input[name="name"]')).type(name);
  const select = await step('the widget offers departments', [page], () =>
    deep(page, 'select[name="department"]'),
  );
  const value = await select.evaluate(
    (el, wanted) =>
      [...(el as HTMLSelectElement).options].find((o) => o.textContent?.startsWith(wanted))
        ?.value ?? '',
    department,
  );
  await select.select(value);
  await (await deep(page, 'form button[type="submit"]')).click();
  const box = await deep(page, 'textarea[aria-label="Message"]');
  await box.type(message);
  await box.press('Enter');
  return page;
}

async function waitForVisitorText(page: Page, text: string, timeout = 20_000) {
  const log = await deep(page, '[role="log"]', timeout);
  await page.waitForFunction(
    (el, wanted) => (el.textContent ?? '').includes(wanted),
    { timeout, polling: 100 },
    log,
    text,
  );
}

/** Reads a document straight from the emulator (firebase-admin, rules bypassed). */
async function readDocument(documentPath: string): Promise<Record<string, unknown> | undefined> {
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  const app = initializeApp({ projectId: stack.projectId }, `console-test-${Date.now()}`);
  try {
    return (await getFirestore(app).doc(documentPath).get()).data();
  } finally {
    await deleteApp(app);
  }
}

async function waitForDocument(
  documentPath: string,
  done: (data: Record<string, unknown> | undefined) => boolean,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done(await readDocument(documentPath))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${documentPath} did not reach the expected state`);
}

/** Visitor names unique per run, so a re-run against a long-lived stack never matches old chats. */
const run = Date.now().toString(36).slice(-4);
const vera = `Vera ${run}`;

describe('operator console in Chromium', () => {
  let nora: OperatorBrowser;
  let otto: OperatorBrowser;
  let noraPage: Page;
  let ottoPage: Page;
  let visitor: Page;
  const accounts = stack.accounts;

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    await quietDemoWorkspace(stack);
    [nora, otto] = await Promise.all([
      launchWithExtension(stack.extension.chrome),
      launchWithExtension(stack.extension.chrome),
    ]);
  });
  afterAll(async () => {
    await Promise.all([nora?.close(), otto?.close()]);
  });

  it('refuses a wrong password with a clear message', async () => {
    const { page } = await openConsole(nora);
    await page.locator('input[name="email"]').fill('nora@parley.test');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await waitForText(page, '[role="alert"]', 'Wrong email or password.');
    await shot(page, '01-wrong-password');
    await page.close();
  });

  it('signs in, goes online, accepts a widget chat, replies and sends a canned response', async () => {
    const { page, errors } = await openConsole(nora);
    noraPage = page;
    await signIn(page, 'nora@parley.test', 'parley-operator');
    await setPresence(page, 'online');
    // The switch follows the stored presence document, so this proves the write went through.
    await step('Nora is online', [page], () =>
      page.waitForSelector('.presence-switch--online', { timeout: 20_000 }),
    );
    await shot(page, '02-nora-online');

    visitor = await visitorStartsChat(nora.browser, vera, 'Sales', 'Hi, where is my order?');
    await page.bringToFront();
    const accept = `button[aria-label="Accept chat with ${vera}"]`;
    await page.waitForSelector(accept, { timeout: 20_000 });
    await shot(page, '03-incoming');
    await page.click(accept);
    await step('the accepted chat opens as a tab', [page], () =>
      waitForText(page, '[role="tab"][aria-selected="true"]', vera),
    );
    await step('the visitor message shows', [page], () =>
      waitForText(page, '[role="log"]', 'Hi, where is my order?'),
    );

    await typeInComposer(page, `Message to ${vera}`, 'Let me check that for you.');
    await step('the visitor sees the reply', [page, visitor], () =>
      waitForVisitorText(visitor, 'Let me check that for you.'),
    );

    await typeInComposer(page, `Message to ${vera}`, '/hello');
    await step('the canned response is sent', [page, visitor], async () => {
      await waitForText(
        page,
        '[role="log"]',
        `Hello ${vera}, I am Nora. How can I help you today?`,
      );
      await waitForVisitorText(visitor, `Hello ${vera}, I am Nora.`);
    });
    await shot(page, '04-replied');
    expect(errors).toEqual([]);
  });

  it('transfers with /t Otto, and Otto accepts with /a', async () => {
    const opened = await openConsole(otto);
    ottoPage = opened.page;
    await signIn(ottoPage, 'otto@parley.test', 'parley-operator');
    await setPresence(ottoPage, 'online');
    // The server decides transfers from the stored presence: wait until it has Otto online.
    await step('Otto is online on the server', [ottoPage], () =>
      waitForDocument(
        `workspaces/demo/presence/${accounts.otto.uid}`,
        (d) => d?.state === 'online',
      ),
    );

    await noraPage.bringToFront();
    // The composer resolves "/t Otto" from Nora's own live view of the team: wait until that view
    // (not just the server) has Otto online, as an operator would see in the suggestion list.
    await step("Nora's console shows Otto online", [noraPage], async () => {
      const box = `textarea[aria-label="Message to ${vera}"]`;
      await noraPage.focus(box);
      await noraPage.keyboard.type('/t Ott');
      await noraPage.waitForFunction(
        () =>
          [...document.querySelectorAll('.autocomplete [role="option"]')].some(
            (option) =>
              option.textContent?.includes('Otto') && option.textContent.includes('online'),
          ),
        { timeout: 20_000, polling: 100 },
      );
      await noraPage.$eval(box, (el) => {
        (el as HTMLTextAreaElement).value = '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
    await typeInComposer(noraPage, `Message to ${vera}`, '/t Otto');
    await step('Nora sees "waiting for Otto"', [noraPage], () =>
      waitForText(noraPage, '.transfer-banner', 'Waiting for Otto'),
    );
    await shot(noraPage, '05-transfer-requested');

    await ottoPage.bringToFront();
    await step('Otto is offered the transfer', [ottoPage], () =>
      waitForText(
        ottoPage,
        '.transfer-banner',
        `Nora wants to transfer the chat with ${vera} to you`,
      ),
    );
    await step('the offered chat opens as a tab for Otto', [ottoPage], async () => {
      await ottoPage.waitForSelector(`[role="tab"][aria-label^="${vera}"]`, { timeout: 20_000 });
      await ottoPage.click(`[role="tab"][aria-label^="${vera}"]`);
      await waitForText(ottoPage, '[role="log"]', 'Hi, where is my order?');
    });
    await shot(ottoPage, '06-transfer-offered');
    await typeInComposer(ottoPage, `Message to ${vera}`, '/a');
    await step("the chat becomes Otto's", [ottoPage], async () => {
      await ottoPage.waitForSelector('.conversation button.danger', { timeout: 20_000 });
      await ottoPage.waitForFunction(() => !document.querySelector('.transfer-banner'), {
        polling: 100,
      });
    });
    await typeInComposer(ottoPage, `Message to ${vera}`, 'Otto here, I will take it from here.');
    await step('the visitor sees Otto', [ottoPage, visitor], () =>
      waitForVisitorText(visitor, 'Otto here, I will take it from here.'),
    );
    await step("the chat leaves Nora's tabs", [noraPage], () =>
      noraPage.waitForFunction(
        (name) =>
          ![...document.querySelectorAll('[role="tab"]')].some((t) =>
            t.getAttribute('aria-label')?.startsWith(name),
          ),
        { timeout: 20_000, polling: 100 },
        vera,
      ),
    );
    await shot(ottoPage, '07-transfer-accepted');
  });

  it('queues a message typed offline, shows it as sending, and sends it when back online', async () => {
    await ottoPage.bringToFront();
    await ottoPage.setOfflineMode(true);
    onTestFinished(() => ottoPage.setOfflineMode(false).catch(() => {}));
    await typeInComposer(ottoPage, `Message to ${vera}`, 'Typed while offline.');
    await step('the message shows as sending', [ottoPage], () =>
      waitForText(ottoPage, '.message--sending', 'Typed while offline.'),
    );
    await shot(ottoPage, '07b-sending-offline');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const log = await deep(visitor, '[role="log"]');
    expect(await log.evaluate((el) => el.textContent)).not.toContain('Typed while offline.');
    await ottoPage.setOfflineMode(false);
    await step('it reaches the visitor once online', [ottoPage, visitor], () =>
      waitForVisitorText(visitor, 'Typed while offline.', 40_000),
    );
    await step('it no longer shows as sending', [ottoPage], () =>
      ottoPage.waitForFunction(() => !document.querySelector('.message--sending'), {
        timeout: 20_000,
        polling: 100,
      }),
    );
  });

  it('sends a message typed offline even when the panel closes before it went out', async () => {
    await ottoPage.bringToFront();
    await ottoPage.setOfflineMode(true);
    await typeInComposer(ottoPage, `Message to ${vera}`, 'Typed, then the panel closed.');
    await step('it shows as sending', [ottoPage], () =>
      waitForText(ottoPage, '.message--sending', 'Typed, then the panel closed.'),
    );
    await ottoPage.close();
    await step('the service worker delivers it', [visitor], () =>
      waitForVisitorText(visitor, 'Typed, then the panel closed.', 40_000),
    );
    ottoPage = (await openConsole(otto)).page;
    await ottoPage.waitForSelector(`[role="tab"][aria-label^="${vera}"]`, { timeout: 20_000 });
  });

  it("lets an admin view another operator's chat read-only", async () => {
    const ada = await launchWithExtension(stack.extension!.chrome);
    try {
      const { page, errors } = await openConsole(ada);
      await signIn(page, 'ada@parley.test', 'parley-admin');
      await page.click('nav[aria-label="Console sections"] button:nth-child(2)');
      const view = `button[aria-label="View chat with ${vera} (read-only)"]`;
      await step('Ada sees all ongoing chats', [page], () =>
        page.waitForSelector(view, { timeout: 20_000 }),
      );
      await page.click(view);
      await step('the chat opens read-only', [page], async () => {
        await waitForText(page, '[role="log"]', 'Otto here, I will take it from here.');
        await waitForText(page, '[role="note"]', 'read-only');
      });
      expect(await page.$(`textarea[aria-label="Message to ${vera}"]`)).toBeNull();
      await shot(page, '07c-admin-read-only');
      expect(errors).toEqual([]);
    } finally {
      await ada.close();
    }
  });

  it('lets two operators chat with each other', async () => {
    await noraPage.bringToFront();
    await noraPage.click('nav[aria-label="Console sections"] button:nth-child(2)');
    await noraPage.waitForSelector('button[aria-label="Start chat with Otto"]', {
      timeout: 20_000,
    });
    await shot(noraPage, '08-contacts');
    await noraPage.click('button[aria-label="Start chat with Otto"]');
    await typeInComposer(noraPage, 'Message to Otto', 'Can you take the next pricing question?');
    await ottoPage.bringToFront();
    await step('Otto gets the team chat', [ottoPage], async () => {
      await ottoPage.waitForSelector('[role="tab"][aria-label^="Nora, team chat"]', {
        timeout: 20_000,
      });
      await ottoPage.click('[role="tab"][aria-label^="Nora, team chat"]');
      await waitForText(ottoPage, '[role="log"]', 'Can you take the next pricing question?');
    });
    await typeInComposer(ottoPage, 'Message to Nora', 'Sure, send it my way.');
    await noraPage.bringToFront();
    await step('Nora gets the answer', [noraPage], () =>
      waitForText(noraPage, '[role="log"]', 'Sure, send it my way.'),
    );
    await shot(noraPage, '09-team-chat');
  });

  it('notifies Otto of a visitor message while his console is closed', async () => {
    await ottoPage.close();
    await visitor.bringToFront();
    const box = await deep(visitor, 'textarea[aria-label="Message"]');
    await box.type('Are you still there?');
    await box.press('Enter');
    const worker = await otto.worker();
    const notifications = await step('the service worker shows a notification', [visitor], () =>
      worker.evaluate(async () => {
        const deadline = Date.now() + 20_000;
        const api = (
          globalThis as unknown as {
            chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
          }
        ).chrome.notifications;
        while (Date.now() < deadline) {
          const ids = Object.keys(await api.getAll());
          if (ids.some((id) => id.startsWith('message|chat:demo:'))) return ids;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return Object.keys(await api.getAll());
      }),
    );
    expect(notifications.some((id) => id.startsWith('message|chat:demo:'))).toBe(true);
  });

  it('notifies Nora of a new chat and counts it on the badge while her console is closed', async () => {
    await noraPage.close();
    const walt = `Walt ${run}`;
    const waltPage = await visitorStartsChat(otto.browser, walt, 'Sales', 'Do you ship to Norway?');
    const worker = await nora.worker();
    const result = await step("Nora's worker notifies and badges", [waltPage], () =>
      worker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              notifications: { getAll(): Promise<Record<string, boolean>> };
              action: { getBadgeText(details: object): Promise<string> };
            };
          }
        ).chrome;
        const deadline = Date.now() + 20_000;
        let ids: string[] = [];
        let badge = '';
        while (Date.now() < deadline) {
          ids = Object.keys(await chrome.notifications.getAll());
          badge = await chrome.action.getBadgeText({});
          if (ids.some((id) => id.startsWith('incoming|')) && badge !== '') break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return { ids, badge };
      }),
    );
    expect(result.ids.some((id) => id.startsWith('incoming|'))).toBe(true);
    expect(result.badge).toBe('1');

    const popup = await nora.browser.newPage();
    await popup.goto(`chrome-extension://${nora.extensionId}/popup.html`);
    await step('the popup counts the waiting chat', [popup], () =>
      waitForText(popup, '[data-count="waiting"]', '1'),
    );
    expect(await popup.$('select[aria-label="Presence"]')).not.toBeNull();
    await shot(popup, '10a-popup');
    await popup.close();
    await waltPage.close();
  });

  it('paints the console again from the local cache and closes the chat', async () => {
    const { page, errors } = await openConsole(otto);
    ottoPage = page;
    await step("Otto's chat is back", [page], async () => {
      await page.waitForSelector(`[role="tab"][aria-label^="${vera}"]`, { timeout: 20_000 });
      await page.click(`[role="tab"][aria-label^="${vera}"]`);
      await waitForText(page, '[role="log"]', 'Are you still there?');
    });
    // What a notification click does: the worker asks the console to show a conversation.
    const [first, second] = [accounts.nora.uid, accounts.otto.uid].sort();
    const teamChat = `internal:demo:${first}_${second}`;
    const worker = await otto.worker();
    await worker.evaluate((conversation) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome;
      return chrome.storage.local.set({
        'parley.focus': { conversation, section: 'chats', at: Date.now() },
      });
    }, teamChat);
    await step('the console shows the requested conversation', [page], () =>
      page.waitForSelector('[role="tab"][aria-selected="true"][aria-label^="Nora, team chat"]', {
        timeout: 20_000,
      }),
    );
    await page.click(`[role="tab"][aria-label^="${vera}"]`);
    await page.click('.conversation button.danger');
    await step('the chat is closed for the visitor', [page, visitor], () =>
      page.waitForFunction(
        (name) =>
          ![...document.querySelectorAll('[role="tab"]')].some((t) =>
            t.getAttribute('aria-label')?.startsWith(name),
          ),
        { timeout: 20_000, polling: 100 },
        vera,
      ),
    );
    await shot(page, '10-closed');
    expect(errors).toEqual([]);
  });

  it('keeps the operator signed in across a browser restart', async () => {
    const profile = otto.profile;
    await otto.close({ keepProfile: true });
    otto = await launchWithExtension(stack.extension!.chrome, profile);
    const { page } = await openConsole(otto);
    await step('Otto is still signed in', [page], () =>
      page.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 }),
    );
    expect(await page.$('input[name="password"]')).toBeNull();
  });

  it('goes offline when the operator signs out', async () => {
    const page = (await otto.browser.pages()).find((p) => p.url().endsWith('/sidepanel.html'))!;
    await page.click('button[aria-label^="Sign out"]');
    await page.waitForSelector('input[name="password"]', { timeout: 20_000 });
    const presence = await readDocument(`workspaces/demo/presence/${accounts.otto.uid}`);
    expect(presence?.state).toBe('offline');
  });
});

describe('the Control Panel shell (options page)', () => {
  let operator: OperatorBrowser;
  beforeAll(async () => {
    operator = await launchWithExtension(stack.extension!.chrome);
  });
  afterAll(() => operator?.close());

  it('offers sign-in and the connection settings, then only the panels of a Normal operator', async () => {
    const page = await operator.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`chrome-extension://${operator.extensionId}/options.html`);
    await page.waitForSelector('details summary', { timeout: 20_000 });
    await page.click('details summary');
    const projectId = await page.$eval(
      'input[name="projectId"]',
      (el) => (el as HTMLInputElement).value,
    );
    expect(projectId).toBe('demo-parley');
    const authPort = await page.$eval(
      'input[name="authEmulatorPort"]',
      (el) => (el as HTMLInputElement).value,
    );
    expect(authPort).toBe(String(stack.ports.auth));
    await shot(page, '11-options-signed-out');

    await page.locator('input[name="email"]').fill('nora@parley.test');
    await page.locator('input[name="password"]').fill('parley-operator');
    await page.locator('form.sign-in button[type="submit"]').click();
    await page.waitForSelector('nav[aria-label="Control panel sections"]', { timeout: 20_000 });
    const sections = await page.$$eval('nav[aria-label="Control panel sections"] a', (links) =>
      links.map((a) => a.textContent),
    );
    expect(sections).toEqual(['My profile', 'Canned responses', 'Connection']);
    await step('the profile shows the SIP info', [page], () =>
      waitForText(page, 'section', 'sip:nora@demo.chat.parley.test'),
    );
    await shot(page, '12-options-profile');

    await page.click('nav[aria-label="Control panel sections"] a[href="#canned-responses"]');
    await step('the canned responses are listed', [page], () =>
      waitForText(page, 'main', '/hello'),
    );
    await shot(page, '13-options-canned');
    expect(errors).toEqual([]);
  });
});
