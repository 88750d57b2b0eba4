/**
 * The visitor widget on the demo website in Chromium, against the whole local stack
 * (tests/setup/stack.ts): the loader is small and idle until clicked, the page and the widget
 * don't disturb each other's styles, the off-line path ends in a mail at the SMTP sink, and a
 * visitor who picks a department talks with the operator who accepts (Nora, signed in through
 * the Firebase web SDK in this process: her own client, the real callables and rules).
 * Screenshots go to test-artifacts/.
 */
import { deleteApp, type FirebaseApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  addDoc,
  collection,
  connectFirestoreEmulator,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  getFirestore,
  orderBy,
  query,
  serverTimestamp,
  setLogLevel,
  updateDoc,
  where,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import type { BrowserContext, ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paths } from '../../utils/domain/paths.ts';
import { LIMITS } from '../../utils/domain/validation.ts';
import { type LaunchedBrowser, launchChromium, saveScreenshot } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';

const stack = inject('stack');
const WS = 'demo';
const W = 'parley-widget >>>'; // puppeteer's shadow-piercing combinator

/** The stack's Firebase emulator ports: no request may reach them before the visitor clicks. */
const firebasePorts = () =>
  [stack.authHost, stack.functionsHost, stack.firestoreHost ?? ''].map((h) => h.split(':').pop());

describe('the visitor widget on the demo website', () => {
  let chromium: LaunchedBrowser;

  beforeAll(async () => {
    await quietDemoWorkspace(stack);
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  /** A fresh visitor: own cookies, localStorage and IndexedDB. */
  async function visitor(): Promise<{
    context: BrowserContext;
    page: Page;
    requests: string[];
    errors: string[];
  }> {
    const context = await chromium.browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    const requests: string[] = [];
    page.on('request', (request: HTTPRequest) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    return { context, page, requests, errors };
  }

  const openWidget = async (page: Page) => {
    await page.locator(`${W} button.launcher`).click();
    await shown(page, `${W} [role="dialog"]`);
  };

  it('loads a small loader that does nothing but show the launcher until clicked', async () => {
    const { context, page, requests, errors } = await visitor();
    const loader = page.waitForResponse((r) => r.url().endsWith('/widget/widget.js'));
    await page.goto(`${stack.demoSiteUrl}/`, { waitUntil: 'networkidle0' });
    const response = await loader;
    const gzipped = Number(response.headers()['content-length']);
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(gzipped).toBeLessThan(5 * 1024);

    const launcher = await shown(page, `${W} button.launcher`);
    expect(await launcher?.evaluate((b) => b.getAttribute('aria-label'))).toBe('Open chat');
    // Idle: no chunk, no Firebase, no call to the stack, no panel.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests.filter((url) => url.includes('/widget/chunks/'))).toEqual([]);
    const ports = firebasePorts();
    expect(requests.filter((url) => ports.includes(new URL(url).port))).toEqual([]);
    expect(await page.$(`${W} [role="dialog"]`)).toBeNull();
    // The only thing added to the page is the host element.
    expect(await page.evaluate(() => document.querySelectorAll('parley-widget').length)).toBe(1);

    await openWidget(page);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/firebase-')),
    );
    expect(requests.some((url) => url.includes('/widget/chunks/app-'))).toBe(true);
    await saveScreenshot(page, stack.artifactsDir, 'widget-opened');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the page's styles and its own apart (Shadow DOM)", async () => {
    const { context, page, errors } = await visitor();
    await page.goto(`${stack.demoSiteUrl}/`);
    await openWidget(page);
    const styles = await page.evaluate(() => {
      const shadow = document.querySelector('parley-widget')!.shadowRoot!;
      const launcher = getComputedStyle(shadow.querySelector('button.launcher')!);
      const panel = getComputedStyle(shadow.querySelector('.panel')!);
      const pageButton = getComputedStyle(document.getElementById('page-button')!);
      return {
        launcherTransform: launcher.textTransform,
        launcherFont: launcher.fontFamily,
        panelFont: panel.fontFamily,
        panelFontSize: panel.fontSize,
        hostPosition: getComputedStyle(document.querySelector('parley-widget')!).position,
        pageButtonTransform: pageButton.textTransform,
        pageButtonBorder: pageButton.borderTopStyle,
      };
    });
    // site.css uppercases buttons, sets Georgia at 20px and puts body children in position:relative.
    expect(styles.launcherTransform).toBe('none');
    expect(styles.launcherFont).not.toMatch(/Georgia/);
    expect(styles.panelFont).not.toMatch(/Georgia/);
    expect(styles.panelFontSize).toBe('15px');
    expect(styles.hostPosition).toBe('fixed');
    expect(styles.pageButtonTransform).toBe('uppercase');
    expect(styles.pageButtonBorder).toBe('dashed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes an off-line message when nobody is online, and it arrives by mail', async () => {
    const { context, page, errors } = await visitor();
    await page.goto(`${stack.demoSiteUrl}/help`);
    await openWidget(page);
    await shown(page, `${W} #parley-offline-title`, 20_000);

    // Keyboard and accessible names: every field is reachable by its label.
    await page.locator(`${W} #parley-offline-name`).fill('Olga Offline');
    await page.locator(`${W} #parley-offline-email`).fill('olga@example.com');
    await page.locator(`${W} #parley-offline-message`).fill('x'.repeat(LIMITS.offlineMessage + 1));
    await page.locator(`${W} button[type="submit"]`).click();
    const refusal = await shown(page, `${W} #parley-offline-message-error`);
    expect(await refusal?.evaluate((e) => e.textContent)).toMatch(
      `at most ${LIMITS.offlineMessage} characters`,
    );

    const message = `My Aurora lamp flickers 💡 — order #${Date.now()}`;
    await page.locator(`${W} #parley-offline-message`).fill(message);
    await page.locator(`${W} button[type="submit"]`).click();
    const sent = await shown(page, `${W} [role="status"] ::-p-text("Message sent")`, 20_000);
    expect(sent).not.toBeNull();
    await saveScreenshot(page, stack.artifactsDir, 'widget-offline-sent');

    const mail = await waitFor(async () => {
      const list = (await (await fetch(stack.smtp.messagesUrl)).json()) as {
        to: string[];
        text: string;
        subject: string;
      }[];
      return list.find((m) => m.text.includes(message));
    }, 30_000);
    expect(mail.to).toContain('ada@parley.test');
    expect(mail.text).toContain('Olga Offline');
    expect(mail.text).toContain('olga@example.com');
    expect(errors).toEqual([]);
    await context.close();
  });

  describe('with Nora (Sales) online', () => {
    let nora: OperatorClient;

    beforeAll(async () => {
      if (!stack.accounts) throw new Error('the demo workspace was not seeded');
      setLogLevel('silent');
      nora = await signInOperator('nora@parley.test', 'parley-operator');
      await nora.heartbeat('online');
    });
    afterAll(async () => {
      await nora?.heartbeat('offline').catch(() => {});
      await nora?.close();
    });

    it('chats: department on the welcome screen, waiting, accepted, messages both ways, kept across a reload, ended', async () => {
      const { context, page, errors } = await visitor();
      await page.goto(`${stack.demoSiteUrl}/products`);
      await openWidget(page);

      const select = await shown(page, `${W} select#parley-department`, 20_000);
      const options = await select!.evaluate((s) =>
        [...(s as HTMLSelectElement).options].map((o) => o.textContent),
      );
      expect(options).toEqual(['Select a department…', 'Sales', 'Support (leave a message)']);
      const visitorName = `Vera ${Date.now()}`;
      await page.locator(`${W} #parley-name`).fill(visitorName);
      await page.locator(`${W} #parley-email`).fill('vera@example.com');
      await select!.select('sales');
      await saveScreenshot(page, stack.artifactsDir, 'widget-welcome-department');
      await page.locator(`${W} button[type="submit"]`).click();
      await shown(page, `${W} .chat-status.waiting`, 20_000);
      await saveScreenshot(page, stack.artifactsDir, 'widget-waiting');

      // The chat reached Nora (ring-all within Sales); she accepts it.
      const chat = await waitFor(() => nora.offeredChat(visitorName), 20_000);
      expect(chat.data.departmentId).toBe('sales');
      expect(chat.data.pageUrl).toBe(`${stack.demoSiteUrl}/products`);
      await nora.accept(chat.id);
      await shown(page, `${W} .chat-status.joined`, 20_000);
      await shown(page, `${W} .message.system ::-p-text("Nora joined the chat")`);

      // The visitor writes (emoji, right-to-left, a long unbroken word); Nora reads it in order.
      const lines = ['Hello! 👋🏽 Do you ship to Oslo?', 'שלום, אפשר עזרה?', 'L'.repeat(300)];
      for (const line of lines) {
        await page.locator(`${W} textarea[aria-label="Message"]`).fill(line);
        await page.keyboard.press('Enter');
        await shown(
          page,
          `${W} .message.own:not(.pending) ::-p-text(${JSON.stringify(line.slice(0, 20))})`,
        );
      }
      const received = await waitFor(async () => {
        const texts = (await nora.messages(chat.id)).filter((m) => m.from.kind === 'visitor');
        return texts.length === lines.length ? texts : undefined;
      }, 10_000);
      expect(received.map((m) => m.text)).toEqual(lines);
      expect(received[0]!.from.name).toBe(visitorName);

      // Nora answers, once with markup that must show as text.
      await nora.send(chat.id, 'Hi Vera, yes we do: 3–5 days 🚚');
      const markup = '<img src=x onerror="window.__pwned=1"><b>not bold</b>';
      await nora.send(chat.id, markup);
      await shown(page, `${W} .message.operator ::-p-text("not bold")`, 10_000);
      const view = await page.evaluate(() => {
        const shadow = document.querySelector('parley-widget')!.shadowRoot!;
        const texts = [...shadow.querySelectorAll('.message .text')];
        const long = texts.find((t) => t.textContent?.startsWith('LLLL'))!;
        return {
          texts: texts.map((t) => t.textContent),
          dirs: texts.map((t) => t.getAttribute('dir')),
          injected: shadow.querySelectorAll('.messages img, .messages b').length,
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
          longFits: long.scrollWidth <= long.clientWidth + 1,
          header: shadow.querySelector('.chat-status')?.textContent,
          rtlDirection: getComputedStyle(texts.find((t) => t.textContent?.startsWith('שלום'))!)
            .direction,
        };
      });
      expect(view.texts).toEqual([...lines, 'Hi Vera, yes we do: 3–5 days 🚚', markup]);
      expect(new Set(view.dirs)).toEqual(new Set(['auto']));
      expect(view.injected).toBe(0);
      expect(view.pwned).toBe(0);
      expect(view.longFits).toBe(true);
      expect(view.header).toBe("You're chatting with Nora");
      expect(view.rtlDirection).toBe('rtl');
      await saveScreenshot(page, stack.artifactsDir, 'widget-chat');

      // Next page of the site: the panel reopens by itself with the same conversation.
      await page.goto(`${stack.demoSiteUrl}/pricing`);
      await shown(page, `${W} .message.operator ::-p-text("3–5 days")`, 20_000);
      expect(await page.$$eval(`${W} .message .text`, (nodes) => nodes.length)).toBe(
        lines.length + 2,
      );

      // End chat: closed for both sides.
      await page.locator(`${W} button.end-chat`).click();
      await shown(
        page,
        `${W} .message.system ::-p-text(${JSON.stringify(`${visitorName} ended the chat`)})`,
        20_000,
      );
      await shown(page, `${W} ::-p-text("Start a new chat")`);
      expect((await nora.chat(chat.id))?.status).toBe('closed');
      await saveScreenshot(page, stack.artifactsDir, 'widget-ended');
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});

// ---------------------------------------------------------------- helpers

async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for an element (inside the widget's shadow root). Polls: page.waitForSelector watches
 * the document's mutations, and changes inside a shadow root don't reach that observer.
 */
function shown(page: Page, selector: string, timeoutMs = 20_000): Promise<ElementHandle<Element>> {
  return waitFor(async () => (await page.$(selector)) ?? undefined, timeoutMs, selector);
}

interface OperatorClient {
  uid: string;
  heartbeat(state: 'online' | 'offline'): Promise<void>;
  offeredChat(
    visitorName: string,
  ): Promise<{ id: string; data: Record<string, unknown> } | undefined>;
  accept(chatId: string): Promise<void>;
  send(chatId: string, text: string): Promise<void>;
  messages(chatId: string): Promise<{ from: { kind: string; name: string }; text: string }[]>;
  chat(chatId: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** An operator's own Firebase client in Node: Auth, Firestore (gRPC) and the callables. */
async function signInOperator(email: string, password: string): Promise<OperatorClient> {
  const app: FirebaseApp = initializeApp(
    { projectId: stack.projectId, apiKey: 'demo-api-key' },
    `operator-${email}-${Date.now()}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const db: Firestore = getFirestore(app);
  const [fsHost, fsPort] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, fsHost!, Number(fsPort));
  const functions = getFunctions(app, 'us-central1');
  const [fnHost, fnPort] = stack.functionsHost.split(':');
  connectFunctionsEmulator(functions, fnHost!, Number(fnPort));
  const { user } = await signInWithEmailAndPassword(auth, email, password);
  const uid = user.uid;
  const name = user.displayName ?? email;
  const chatDoc = (id: string) => doc(db, paths.chat(WS, id));

  return {
    uid,
    async heartbeat(state) {
      await updateDoc(doc(db, paths.presence(WS, uid)), { state, lastSeen: serverTimestamp() });
      // Routing reads the summaries the functions keep (ADR 006): wait until they show it.
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const board = await getDoc(doc(db, paths.presenceBoard(WS)));
        if (board.get(`operators.${uid}.state`) === state) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the presence board never showed ${email} ${state}`);
    },
    async offeredChat(visitorName) {
      const snapshot = await getDocs(
        query(
          collection(db, paths.chats(WS)),
          where('offeredTo', 'array-contains', uid),
          where('status', '==', 'queued'),
        ),
      );
      const found = snapshot.docs.find((d) => d.data().visitor?.name === visitorName);
      return found ? { id: found.id, data: found.data() } : undefined;
    },
    async accept(chatId) {
      await httpsCallable(functions, 'acceptChat')({ workspaceId: WS, chatId });
    },
    async send(chatId, text) {
      await addDoc(collection(db, paths.chatMessages(WS, chatId)), {
        from: { kind: 'operator', uid, name },
        text,
        sentAt: serverTimestamp(),
      });
    },
    async messages(chatId) {
      const snapshot = await getDocs(
        query(collection(db, paths.chatMessages(WS, chatId)), orderBy('sentAt', 'asc')),
      );
      return snapshot.docs.map(
        (d) => d.data() as { from: { kind: string; name: string }; text: string },
      );
    },
    async chat(chatId) {
      return (await getDoc(chatDoc(chatId))).data();
    },
    close: () => deleteApp(app),
  };
}
