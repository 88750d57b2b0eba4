/**
 * Sign-out leaves nothing behind, and access ends at once (ADR 005), in Debian's Chromium with
 * the built extension against the local stack: an operator made for this file in workspace
 * `demo` signs in to the side panel, and
 * - signing out (unsent messages: asked first, discarded on request) empties the extension's
 *   IndexedDB and the signed-in storage keys;
 * - when an admin deactivates them, the open console notices within seconds, signs out, says why
 *   and forgets the local data too.
 */
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import {
  cannedCached,
  localRows,
  storedKeys,
  unsentMessage,
} from '../support/extension-storage.ts';
import { waitForText } from '../support/page.ts';

const stack = inject('stack');
const PASSWORD = 'sign-out-test-7Q';
const email = `sam.${Date.now()}@parley.test`;

let browser: ExtensionBrowser;
let admin: ReturnType<typeof initializeApp>;
let uid: string;

const ws = () => getFirestore(admin).collection('workspaces').doc('demo');

beforeAll(async () => {
  if (!stack.extension) throw new Error('the browser stack did not build the extension');
  process.env.FIRESTORE_EMULATOR_HOST = stack.firestoreHost;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = stack.authHost;
  admin = initializeApp({ projectId: stack.projectId }, `sign-out-${Date.now()}`);
  // An operator of its own, as createOperator makes one, so deactivating it troubles no other suite.
  const user = await getAuth(admin).createUser({ email, password: PASSWORD, displayName: 'Sam' });
  uid = user.uid;
  await getAuth(admin).setCustomUserClaims(uid, { ws: 'demo', role: 'normal' });
  const batch = getFirestore(admin).batch();
  batch.set(ws().collection('operators').doc(uid), {
    displayName: 'Sam',
    role: 'normal',
    active: true,
    maxChats: 5,
    createdAt: FieldValue.serverTimestamp(),
  });
  batch.set(ws().collection('operatorPrivate').doc(uid), { email });
  batch.set(ws().collection('presence').doc(uid), {
    state: 'offline',
    lastSeen: FieldValue.serverTimestamp(),
    activeChats: 0,
  });
  await batch.commit();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  // Gone again: the demo workspace keeps its seeded team for the suites after this one.
  await Promise.all([
    ws().collection('operators').doc(uid).delete(),
    ws().collection('operatorPrivate').doc(uid).delete(),
    ws().collection('presence').doc(uid).delete(),
  ]).catch(() => {});
  await getAuth(admin)
    .deleteUser(uid)
    .catch(() => {});
  await deleteApp(admin);
});

/** Every request the console pages made, to check that none left the local stack. */
const requests: string[] = [];

/** The side panel page, signed in as this file's operator, its requests recorded. */
async function signedInConsole(): Promise<Page> {
  const consolePage = await ConsolePage.open(browser);
  consolePage.page.on('request', (request) => requests.push(request.url()));
  await consolePage.signIn({ email, password: PASSWORD });
  return consolePage.page;
}

const emptied = (rows: Record<string, number>) =>
  Object.fromEntries(Object.keys(rows).map((name) => [name, 0]));

describe('signing out', () => {
  it('asks about unsent messages, then leaves an empty IndexedDB and no signed-in keys', async () => {
    const page = await signedInConsole();
    await cannedCached(page);
    await unsentMessage(page, uid);
    const before = await localRows(page);
    expect(before.cannedResponses).toBeGreaterThan(0);
    expect(before.outbox).toBe(1);
    expect(await storedKeys(page)).toContain('parley.lastOperator');

    await page.locator('button[aria-label="Sign out Sam"]').click();
    const dialog = await page.waitForSelector('dialog[role="alertdialog"]', { visible: true });
    expect(await dialog!.evaluate((el) => el.textContent)).toContain('1 unsent message');
    // The safe choice has the keyboard focus; Escape keeps the operator signed in.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[role="alertdialog"]', { hidden: true });
    expect((await localRows(page)).outbox).toBe(1);

    await page.locator('button[aria-label="Sign out Sam"]').click();
    await page.waitForSelector('dialog[role="alertdialog"]', { visible: true });
    await page.locator('::-p-text(Discard them and sign out)').click();
    await page.waitForSelector('input[name="email"]', { timeout: 20_000 });

    const after = await localRows(page);
    expect(after).toEqual(emptied(before));
    const keys = await storedKeys(page);
    expect(keys).not.toContain('parley.lastOperator');
    expect(keys).not.toContain('parley.presenceIntent');
    await page.close();
  });
});

describe('access ends at once', () => {
  it('a deactivated operator is signed out within seconds, told why, and nothing stays', async () => {
    const page = await signedInConsole();
    await cannedCached(page);
    expect((await localRows(page)).cannedResponses).toBeGreaterThan(0);

    // What updateOperator does on deactivation (the claims stay in Sam's current token).
    const started = Date.now();
    await ws().collection('operators').doc(uid).update({ active: false });
    await getAuth(admin).updateUser(uid, { disabled: true });

    await waitForText(page, '[role="alert"]', 'deactivated by an administrator', 15_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    await page.waitForSelector('input[name="email"]');
    const rows = await localRows(page);
    expect(Object.values(rows).every((count) => count === 0)).toBe(true);
    expect(await storedKeys(page)).not.toContain('parley.lastOperator');
    await page.close();
  });
});

describe('transport', () => {
  it('the console talked to its own package and the local stack only, nothing third-party', () => {
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => {
      const { protocol, hostname, pathname } = new URL(url);
      // Firestore's transport tests the network with this image after a connection error.
      const networkTest = hostname === 'www.google.com' && pathname === '/images/cleardot.gif';
      return (
        protocol !== 'chrome-extension:' &&
        protocol !== 'data:' &&
        hostname !== '127.0.0.1' &&
        !networkTest
      );
    });
    expect(elsewhere).toEqual([]);
  });
});
