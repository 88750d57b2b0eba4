/**
 * What the console benchmarks share: a seeded local stack, the extension built against it, a
 * Chromium with the extension loaded and Nora signed in, and helpers to seed chats directly
 * (firebase-admin, bypassing routing) so the measurements are about the console, not the setup.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { type Firestore, getFirestore, Timestamp } from 'firebase-admin/firestore';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionEnv, run } from '../stack/build.ts';
import { rootDir, startBenchStack } from './local-stack.ts';

export interface ConsoleFixture {
  info: Awaited<ReturnType<typeof startBenchStack>>['info'];
  accounts: Awaited<ReturnType<typeof startBenchStack>>['accounts'];
  db: Firestore;
  browser: Browser;
  extensionId: string;
  /** Opens the side panel page (signed in after the first time). */
  openConsole(): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

export async function startConsoleFixture(): Promise<ConsoleFixture> {
  const stack = await startBenchStack();
  const { info, accounts } = stack;
  const outDir = path.join(rootDir, '.parley', `bench-extension-${process.pid}`);
  await run('npx', ['wxt', 'build'], {
    cwd: rootDir,
    env: { ...extensionEnv(info.ports), PARLEY_OUT_DIR: outDir },
    label: 'extension build',
  });
  const extensionDir = path.join(outDir, 'chrome-mv3');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--enable-precise-memory-info',
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const extensionId = new URL(worker.url()).host;

  process.env.FIRESTORE_EMULATOR_HOST = info.firestoreHost;
  const app = initializeApp({ projectId: info.projectId }, `console-bench-${Date.now()}`);
  const db = getFirestore(app);

  const openConsole = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 420, height: 820 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return page;
  };

  // Sign Nora in once; the session persists in the profile's IndexedDB.
  const page = await openConsole();
  await page.waitForSelector('input[name="email"]');
  await page.type('input[name="email"]', accounts.nora.email);
  await page.type('input[name="password"]', accounts.nora.password);
  await page.click('button[type="submit"]');
  await page.waitForSelector('select[aria-label="Presence"]', { timeout: 30_000 });
  await page.close();

  return {
    info,
    accounts,
    db,
    browser,
    extensionId,
    openConsole,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
      await deleteApp(app);
      await stack.stop();
    },
  };
}

/** Creates active chats assigned to an operator, each with `messages` visitor/operator messages. */
export async function seedChats(
  db: Firestore,
  operatorUid: string,
  chats: number,
  messages: number,
  prefix = 'bench',
): Promise<string[]> {
  const ids: string[] = [];
  const start = Date.now() - messages * 1000;
  for (let c = 0; c < chats; c++) {
    const id = `${prefix}-${c}`;
    ids.push(id);
    const chat = db.doc(`workspaces/demo/chats/${id}`);
    await chat.set({
      visitor: { uid: `visitor-${prefix}-${c}`, name: `Visitor ${c}` },
      pageUrl: 'http://127.0.0.1/pricing',
      status: 'active',
      offeredTo: [],
      operatorId: operatorUid,
      createdAt: Timestamp.fromMillis(start),
      acceptedAt: Timestamp.fromMillis(start),
      lastMessageAt: Timestamp.fromMillis(start + messages * 1000),
    });
    for (let from = 0; from < messages; from += 400) {
      const batch = db.batch();
      for (let m = from; m < Math.min(messages, from + 400); m++) {
        const byVisitor = m % 2 === 0;
        batch.set(chat.collection('messages').doc(`m${String(m).padStart(5, '0')}`), {
          from: byVisitor
            ? { kind: 'visitor', uid: `visitor-${prefix}-${c}`, name: `Visitor ${c}` }
            : { kind: 'operator', uid: operatorUid, name: 'Nora' },
          text: `Message ${m} of chat ${c}: ${byVisitor ? 'a question about an order, shipping and returns' : 'an answer with the details the visitor asked for'}`,
          sentAt: Timestamp.fromMillis(start + m * 1000),
        });
      }
      await batch.commit();
    }
  }
  return ids;
}

/** Closes chats seeded by a benchmark so the next one starts clean. */
export async function closeChats(db: Firestore, ids: readonly string[]) {
  for (const id of ids) await db.doc(`workspaces/demo/chats/${id}`).update({ status: 'closed' });
}
