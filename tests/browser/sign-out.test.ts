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
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { waitForText } from '../support/page.ts';

const stack = inject('stack');
const PASSWORD = 'sign-out-test-7Q';
const email = `sam.${Date.now()}@parley.test`;

let browser: LaunchedBrowser & { extensionId: string };
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
  const launched = await launchChromium({ extensionDir: stack.extension.chrome });
  browser = { ...launched, extensionId: launched.extensionId! };
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

async function openConsole(): Promise<Page> {
  const page = await browser.browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewport({ width: 420, height: 820 });
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await page.waitForSelector('h1');
  return page;
}

async function signIn(page: Page) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('select[aria-label="Presence"]', { timeout: 20_000 });
}

/** Rows per table of the extension's IndexedDB `parley-console`, as the page sees it. */
function localRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('parley-console');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const storedKeys = (page: Page) =>
  page.evaluate(async () => {
    // The extension page's own storage API (puppeteer's evaluate runs in that page).
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return Object.keys(await storage.get(null));
  });

/** Waits until the console has cached the workspace's canned responses (the seed has three). */
async function cannedCached(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('parley-console');
        open.onsuccess = () => {
          const request = open.result
            .transaction('cannedResponses')
            .objectStore('cannedResponses')
            .count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result > 0);
          };
          request.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    { timeout: 20_000, polling: 250 },
  );
}

/** A message typed while the server was unreachable, exactly as the outbox stores it. */
function unsentMessage(page: Page, operatorUid: string) {
  return page.evaluate((author) => {
    return new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('parley-console');
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put({
          id: 'unsent00000000000001',
          conversation: 'chat:demo:gone',
          uid: author,
          author: { uid: author, name: 'Sam' },
          text: 'My reply that never left',
          createdAt: Date.now(),
          state: 'failed',
          attempts: 1,
          lastError: 'Not sent: this chat is closed or no longer yours.',
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, operatorUid);
}

const emptied = (rows: Record<string, number>) =>
  Object.fromEntries(Object.keys(rows).map((name) => [name, 0]));

describe('signing out', () => {
  it('asks about unsent messages, then leaves an empty IndexedDB and no signed-in keys', async () => {
    const page = await openConsole();
    await signIn(page);
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
    const page = await openConsole();
    await signIn(page);
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
