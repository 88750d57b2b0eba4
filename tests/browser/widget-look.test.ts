/**
 * The widget's look (ADR 011) in Chromium against the local stack: Ada sets the title, greeting,
 * accent colour and corner in the Control Panel's Widget install panel, the preview follows as
 * she types (a colour white text can't be read on is refused), the look is saved and audited;
 * then a visitor of the demo website, whose pages keep the same snippet, gets that look when
 * opening the chat, and the launcher of the site's next page has it before any click.
 * Screenshots: test-artifacts/widget-look-*.png.
 */
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type ExtensionBrowser,
  type LaunchedBrowser,
  launchChromium,
} from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { listDocuments, patchDocument, readDocument } from '../support/documents.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { W, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const PREVIEW = '[data-testid="widget-preview"] >>>';
/** Waits until the preview's element `selector` (in its shadow root) reads `text`. */
const previewShows = (panel: ControlPanel, selector: string, text: string) =>
  panel.page.waitForFunction(
    (sel, wanted) =>
      document
        .querySelector('[data-testid="widget-preview"]')
        ?.shadowRoot?.querySelector(sel)
        ?.textContent?.includes(wanted),
    { timeout: 20_000 },
    selector,
    text,
  );
const LOOK = {
  title: 'Ask the Demo Shop',
  greeting: 'Questions about an order? We answer within minutes.',
  accent: '#0b6e4f',
};
const GREEN = 'rgb(11, 110, 79)';

const background = (element: ElementHandle) =>
  element.evaluate((el) => getComputedStyle(el).backgroundColor);
/** Which half of the window the widget's corner is in. */
const side = (visitor: WidgetVisitor) =>
  visitor.page.evaluate(() => {
    const box = document.querySelector('parley-widget')!.getBoundingClientRect();
    return box.left < window.innerWidth / 2 ? 'left' : 'right';
  });

describe("the widget's look, set in the Control Panel", () => {
  let admin: ExtensionBrowser;
  let panel: ControlPanel;
  let chromium: LaunchedBrowser;
  let nora: OperatorClient;

  beforeAll(async () => {
    await quietDemoWorkspace();
    ({ browser: admin, panel } = await controlPanelFor(stack.accounts.ada));
    chromium = await launchChromium();
    // Someone online, so visitors get the welcome screen with its greeting.
    nora = await signInOperator('nora@parley.test', 'parley-operator');
    await nora.heartbeat('online');
  });
  afterAll(async () => {
    await patchDocument('workspaces/demo', {}, ['widgetLook']);
    await nora?.heartbeat('offline').catch(() => {});
    await nora?.close();
    await chromium?.close();
    await admin?.close();
  });

  it('previews the look as Ada types it, refuses an unreadable accent, saves it audited', async () => {
    await panel.openPanel('widget-install', 'Widget install');
    await previewShows(panel, 'h1', 'Chat with us');
    await panel.fillIn('Title', LOOK.title);
    await panel.fillIn('Greeting', LOOK.greeting);
    await panel.press('Bottom left', 'radio');
    await panel.fillIn('Accent colour', '#ffcc00');
    await panel.press('Save the look');
    await panel.waitForText('form[aria-label="Widget look"] [role="alert"]', 'choose a darker');
    await panel.screenshot('widget-look-01-refused');
    expect((await readDocument('workspaces/demo'))?.widgetLook).toBeUndefined();

    await panel.fillIn('Accent colour', LOOK.accent);
    await previewShows(panel, 'h1', LOOK.title);
    await previewShows(panel, '.lead', LOOK.greeting);
    const header = await panel.page.waitForSelector(`${PREVIEW} .panel-header`);
    expect(await background(header!)).toBe(GREEN);
    const corner = await panel.page.waitForSelector(`${PREVIEW} .corner`);
    expect(await corner!.evaluate((el) => (el as HTMLElement).dataset.position)).toBe('left');
    await panel.press('Save the look');
    await panel.waitForStatus('next time they open the chat');
    await panel.screenshot('widget-look-02-saved-preview');

    expect((await readDocument('workspaces/demo'))?.widgetLook).toEqual({
      ...LOOK,
      position: 'left',
    });
    const audit = (await listDocuments('workspaces/demo/auditLog')).filter(
      (entry) => entry.data.action === 'workspace.widgetLookChanged',
    );
    expect(audit.map((entry) => entry.data.actor)).toContain(stack.accounts.ada.uid);
    expect(panel.errors).toEqual([]);
  });

  it('shows a visitor that look with the same snippet, and the launcher keeps it on the next page', async () => {
    const context = await chromium.browser.createBrowserContext();
    const visitor = await WidgetVisitor.arrive(context, { width: 1100, height: 760 });
    await visitor.visit('/');
    // A first-time visitor's launcher is neutral until the first open (ADR 011).
    const launcher = await visitor.find('button.launcher');
    expect(await side(visitor)).toBe('right');
    await visitor.openChat();
    await visitor.find('#parley-welcome-title');
    expect(await visitor.text('.panel-header h1')).toBe(LOOK.title);
    expect(await visitor.text('.lead')).toBe(LOOK.greeting);
    expect(await background(await visitor.find('.panel-header'))).toBe(GREEN);
    expect(await background(launcher)).toBe(GREEN);
    expect(await side(visitor)).toBe('left');
    await visitor.screenshot('widget-look-03-visitor');

    // Closed, then the next page: the launcher is drawn in the look before any click.
    await visitor.page.locator(`${W} button[aria-label="Minimize chat"]`).click();
    const chunks: string[] = [];
    visitor.page.on('request', (request) => {
      if (request.url().includes('/widget/chunks/')) chunks.push(request.url());
    });
    await visitor.visit('/pricing');
    expect(await background(await visitor.find('button.launcher'))).toBe(GREEN);
    expect(await side(visitor)).toBe('left');
    expect(chunks).toEqual([]);
    await visitor.screenshot('widget-look-04-next-page-launcher');
    expect(visitor.errors).toEqual([]);
  });
});
