/**
 * The visitor widget's loader on the demo website in Chromium, against the local stack
 * (tests/setup/stack.ts): it is small and idle until clicked, and the page and the widget don't
 * disturb each other's styles. Screenshots go to test-artifacts/.
 */
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { W, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');

/** The stack's Firebase emulator ports: no request may reach them before the visitor clicks. */
const firebasePorts = () =>
  [stack.authHost, stack.functionsHost, stack.firestoreHost ?? ''].map((h) => h.split(':').pop());

describe('the widget loader on the demo website', () => {
  let chromium: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  /** A fresh visitor: own cookies, localStorage and IndexedDB. */
  async function newVisitor() {
    context = await chromium.browser.createBrowserContext();
    return WidgetVisitor.arrive(context, { width: 1100, height: 760 });
  }

  it('loads a small loader that does nothing but show the launcher until clicked', async () => {
    const visitor = await newVisitor();
    const { page } = visitor;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const loader = page.waitForResponse((r) => r.url().endsWith('/widget/widget.js'));
    await visitor.visit('/', { waitUntil: 'networkidle0' });
    const response = await loader;
    const gzipped = Number(response.headers()['content-length']);
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(gzipped).toBeLessThan(5 * 1024);

    const launcher = await visitor.find('button.launcher');
    expect(await launcher.evaluate((b) => b.getAttribute('aria-label'))).toBe('Open chat');
    // Idle: no chunk, no Firebase, no call to the stack, no panel.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests.filter((url) => url.includes('/widget/chunks/'))).toEqual([]);
    const ports = firebasePorts();
    expect(requests.filter((url) => ports.includes(new URL(url).port))).toEqual([]);
    expect(await page.$(`${W} [role="dialog"]`)).toBeNull();
    // The only thing added to the page is the host element.
    expect(await page.evaluate(() => document.querySelectorAll('parley-widget').length)).toBe(1);

    await visitor.openChat();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/firebase-')),
    );
    expect(requests.some((url) => url.includes('/widget/chunks/app-'))).toBe(true);
    await visitor.screenshot('widget-opened');
    expect(visitor.errors).toEqual([]);
    await context.close();
  });

  it("keeps the page's styles and its own apart (Shadow DOM)", async () => {
    const visitor = await newVisitor();
    await visitor.visit('/');
    await visitor.openChat();
    const styles = await visitor.page.evaluate(() => {
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
    expect(visitor.errors).toEqual([]);
    await context.close();
  });
});
