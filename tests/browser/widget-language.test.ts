/**
 * The widget speaks the visitor's language on the demo website in Chromium: the browser's
 * languages choose the catalogue (the embed's data-lang wins over them, see mount.test.tsx),
 * only that catalogue is downloaded, and Arabic lays the panel out right to left.
 */
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { W, WidgetVisitor } from '../support/widget-visitor.ts';

describe('the widget in the visitor’s language', () => {
  let chromium: LaunchedBrowser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  /** A fresh visitor whose browser prefers `languages`. */
  async function visitorSpeaking(languages: string[]) {
    const context = await chromium.browser.createBrowserContext();
    contexts.push(context);
    const visitor = await WidgetVisitor.arrive(context, { width: 1100, height: 760 });
    await visitor.page.evaluateOnNewDocument((preferred: string[]) => {
      Object.defineProperty(navigator, 'languages', { get: () => preferred });
      Object.defineProperty(navigator, 'language', { get: () => preferred[0] });
    }, languages);
    return visitor;
  }

  it('greets a German browser in German and phrases its validation in German', async () => {
    const visitor = await visitorSpeaking(['de-DE', 'de', 'en']);
    const chunks: string[] = [];
    visitor.page.on('request', (request) => {
      if (request.url().includes('/widget/chunks/')) chunks.push(request.url());
    });
    await visitor.visit('/');
    const launcher = await visitor.find('button.launcher');
    expect(await launcher.evaluate((b) => b.getAttribute('aria-label'))).toBe('Chat öffnen');
    await visitor.openChat();
    // Nobody of the quiet demo workspace is online: the off-line form.
    await visitor.find('#parley-offline-title');
    expect(await visitor.text('#parley-offline-title')).toBe('Nachricht hinterlassen');
    expect(await visitor.text('.panel-header h1')).toBe('Chatten Sie mit uns');
    const send = await visitor.find('button[type="submit"]');
    expect(await send.evaluate((b) => b.textContent)).toBe('Nachricht senden');
    await send.click();
    await visitor.find('#parley-offline-name-error');
    expect(await visitor.text('#parley-offline-name-error')).toBe('Ihr Name: Angabe erforderlich.');
    await visitor.screenshot('widget-language-de');
    // Only the German catalogue came down.
    expect(chunks.some((url) => /\/chunks\/de-/.test(url))).toBe(true);
    expect(chunks.some((url) => /\/chunks\/(fr|es|ar)-/.test(url))).toBe(false);
  });

  it('lays an Arabic panel out right to left', async () => {
    const visitor = await visitorSpeaking(['ar-EG', 'ar']);
    await visitor.visit('/');
    await visitor.openChat();
    await visitor.find('#parley-offline-title');
    const root = await visitor.find('.root');
    expect(await root.evaluate((el) => [el.getAttribute('dir'), el.getAttribute('lang')])).toEqual([
      'rtl',
      'ar',
    ]);
    expect(await visitor.text('#parley-offline-title')).toBe('اترك رسالة');
    // The name field's label sits at the right edge of the form in a right-to-left layout.
    const [labelRight = 0, formRight = 0] = await visitor.page.evaluate(() => {
      const shadow = document.querySelector('parley-widget')!.shadowRoot!;
      const label = shadow
        .querySelector('label[for="parley-offline-name"]')!
        .getBoundingClientRect();
      const form = shadow.querySelector('form')!.getBoundingClientRect();
      return [label.right, form.right];
    });
    expect(formRight - labelRight).toBeLessThan(40);
    expect(await visitor.page.$(`${W} .launcher[dir="rtl"]`)).not.toBeNull();
    await visitor.screenshot('widget-language-ar');
  });
});
