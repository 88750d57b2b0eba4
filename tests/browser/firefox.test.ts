import { deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore } from 'firebase-admin/firestore';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { paths } from '../../utils/domain/paths.ts';
import { saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { type LaunchedFirefox, launchFirefox } from '../support/firefox.ts';
import { deep, waitForText } from '../support/page.ts';

/**
 * The Firefox build of the extension end to end: Firefox ESR (WebDriver BiDi) with the add-on
 * installed, its console page (the sidebar panel, here in a tab), the seeded operator Nora and a
 * visitor on the demo website in the same browser, against the local stack. One browser launch
 * for the file; screenshots go to test-artifacts/firefox-*.png.
 */

const stack = inject('stack');
const run = Date.now().toString(36).slice(-4);
const visitorName = `Fern ${run}`;

/** Polls Firestore (firebase-admin, rules bypassed) until `read` returns a value. */
async function eventually<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Firestore never showed ${what}`);
}

describe('the operator console in Firefox', () => {
  let firefox: LaunchedFirefox;
  let console_: Page;
  let db: Firestore;
  const pageErrors: string[] = [];
  const accounts = stack.accounts;
  const app = initializeApp({ projectId: stack.projectId }, `firefox-test-${run}`);

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    await quietDemoWorkspace(stack);
    db = getFirestore(app);
    firefox = await launchFirefox({ extensionDir: stack.extension.firefox });
    console_ = firefox.consolePage;
    console_.on('pageerror', (error) => pageErrors.push(String(error)));
    await console_.setViewport({ width: 420, height: 820 });
  });
  afterAll(async () => {
    await firefox?.close();
    // Nora's presence and the chat must not leak into the next browser suite.
    if (accounts) await quietDemoWorkspace(stack);
    await deleteApp(app);
  });

  it('signs the seeded operator in and puts her online', async () => {
    await console_.waitForSelector('h1', { timeout: 10_000 });
    await console_.locator('input[name="email"]').fill('nora@parley.test');
    await console_.locator('input[name="password"]').fill('parley-operator');
    await console_.locator('button[type="submit"]').click();
    await console_.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
    await console_.select('select[aria-label="Presence"]', 'online');
    await console_.waitForSelector('.presence-switch--online', { timeout: 20_000 });
    // The switch follows the local write at once; the server has it once the write commits.
    await vi.waitFor(
      async () => {
        const presence = await db.doc(paths.presence('demo', accounts.nora.uid)).get();
        expect(presence.data()?.state).toBe('online');
      },
      { timeout: 10_000, interval: 200 },
    );
    await saveScreenshot(console_, stack.artifactsDir, 'firefox-01-online');
    expect(pageErrors).toEqual([]);
  });

  it('accepts a visitor chat from the widget; the reply reaches the visitor and is stored', async () => {
    const visitor = await firefox.browser.newPage();
    await visitor.setViewport({ width: 1000, height: 800 });
    await visitor.goto(`${stack.demoSiteUrl}/pricing`);
    await (await deep(visitor, 'button[aria-label="Open chat"]', 40_000)).click();
    await (await deep(visitor, 'input[name="name"]')).type(visitorName);
    const department = await deep(visitor, 'select[name="department"]');
    const sales = await department.evaluate(
      (el) =>
        [...(el as HTMLSelectElement).options].find((o) => o.textContent?.startsWith('Sales'))
          ?.value ?? '',
    );
    await department.select(sales);
    await (await deep(visitor, 'form button[type="submit"]')).click();
    const visitorBox = await deep(visitor, 'textarea[aria-label="Message"]');
    await visitorBox.type('Does Parley work in Firefox?');
    await visitorBox.press('Enter');

    await console_.bringToFront();
    const accept = `button[aria-label="Accept chat with ${visitorName}"]`;
    await console_.waitForSelector(accept, { timeout: 20_000 });
    await console_.click(accept);
    await waitForText(console_, '[role="tab"][aria-selected="true"]', visitorName);
    await waitForText(console_, '[role="log"]', 'Does Parley work in Firefox?');

    const composer = `textarea[aria-label="Message to ${visitorName}"]`;
    await console_.focus(composer);
    await console_.keyboard.type('Yes, this reply comes from the Firefox sidebar.');
    await console_.keyboard.press('Enter');
    await waitForText(console_, '[role="log"]', 'Yes, this reply comes from the Firefox sidebar.');

    const log = await deep(visitor, '[role="log"]');
    await visitor.waitForFunction(
      (el) => (el.textContent ?? '').includes('Yes, this reply comes from the Firefox sidebar.'),
      { timeout: 20_000, polling: 100 },
      log,
    );
    await console_.bringToFront();
    await console_.waitForFunction(() => !document.querySelector('.message--sending'), {
      timeout: 20_000,
      polling: 100,
    });
    await saveScreenshot(console_, stack.artifactsDir, 'firefox-02-chat');

    const chats = db.collection(paths.chats('demo'));
    const chat = await eventually(async () => {
      const found = await chats.where('visitor.name', '==', visitorName).get();
      const doc = found.docs[0];
      return doc?.data().status === 'active' ? doc : undefined;
    }, `${visitorName}'s chat as active`);
    expect(chat.data().operatorId).toBe(accounts.nora.uid);
    const messages = await chat.ref.collection('messages').get();
    const reply = messages.docs.map((d) => d.data()).find((m) => m.from?.kind === 'operator');
    expect(reply).toMatchObject({
      from: { kind: 'operator', uid: accounts.nora.uid },
      text: 'Yes, this reply comes from the Firefox sidebar.',
    });
    expect(pageErrors).toEqual([]);
    await visitor.close();
  });
});
