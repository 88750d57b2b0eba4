/**
 * HTML and script in the texts people enter are shown as text everywhere they appear: a visitor
 * whose name and message carry markup, an operator whose display name does, a department and a
 * canned response that do. Nothing runs (no handler sets the page's marker), nothing is parsed
 * into elements, and every text reads back exactly as typed: in the widget, the side panel and
 * the Control Panel.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { type Operator, operatorOnline } from '../support/console-flows.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { deleteDocument, patchDocument, readDocument } from '../support/documents.ts';
import { waitForText } from '../support/page.ts';
import { step } from '../support/scenario.ts';
import { WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');
const ws = 'workspaces/demo';

/** Each payload would set window.__pwned if it were ever parsed as HTML. */
const payload = (tag: string) => `<img src=x onerror=window.__pwned=1>${tag}<b>!</b>`;
const DEPARTMENT = payload('Billing');
const OPERATOR = `Otto ${payload('O')}`;
const VISITOR = payload('Eve');
const MESSAGE = `<script>window.__pwned=2</script>${payload('hi')}`;
const CANNED = `<svg onload=window.__pwned=3></svg> Dear %VISITOR%`;

/**
 * No marker set, and no element made from a payload (a handler attribute or an inline script
 * carrying it), in the page or the widget's shadow root. Payload text inside a text node is fine.
 */
async function expectNothingRan(page: Page) {
  const found = await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    const host = document.querySelector('parley-widget');
    if (host?.shadowRoot) roots.push(host.shadowRoot);
    const made = (element: Element) =>
      (element.localName === 'script' && element.textContent?.includes('__pwned')) ||
      [...element.attributes].some((a) => a.name.startsWith('on') && a.value.includes('__pwned'));
    return {
      pwned: (globalThis as { __pwned?: unknown }).__pwned ?? null,
      elements: roots
        .flatMap((root) => [...root.querySelectorAll('*')])
        .filter(made)
        .map((element) => element.outerHTML),
    };
  });
  expect(found).toEqual({ pwned: null, elements: [] });
}

describe('hostile input is shown as text', () => {
  let visitorBrowser: LaunchedBrowser;
  let otto: Operator | undefined;
  let admin: { browser: { close(): Promise<void> }; panel: ControlPanel } | undefined;
  let ottoName: unknown;

  beforeAll(async () => {
    await quietDemoWorkspace();
    const ottoPath = `${ws}/operators/${stack.accounts.otto.uid}`;
    ottoName = (await readDocument(ottoPath))?.displayName;
    await Promise.all([
      patchDocument(ottoPath, { displayName: OPERATOR }),
      patchDocument(`${ws}/departments/hostile`, {
        name: DEPARTMENT,
        operatorIds: [stack.accounts.otto.uid],
      }),
      patchDocument(`${ws}/cannedResponses/hostile`, {
        shortcut: 'hostile',
        text: CANNED,
        createdBy: stack.accounts.ada.uid,
        updatedAt: new Date(),
      }),
    ]);
    visitorBrowser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all([visitorBrowser?.close(), otto?.browser.close(), admin?.browser.close()]);
    await Promise.all([
      patchDocument(`${ws}/operators/${stack.accounts.otto.uid}`, { displayName: ottoName }),
      deleteDocument(`${ws}/departments/hostile`),
      deleteDocument(`${ws}/cannedResponses/hostile`),
    ]);
    await quietDemoWorkspace();
  });

  it('in the widget and the side panel, through a whole chat', async () => {
    otto = await operatorOnline(stack.accounts.otto);
    const panel = otto.console;
    const visitor = await WidgetVisitor.arrive(visitorBrowser.browser);
    await visitor.visit('/pricing');
    await visitor.openChat();

    expect(await visitor.departments()).toContain(DEPARTMENT);
    await visitor.fillWelcome({ name: VISITOR, department: DEPARTMENT });
    await visitor.startChat();
    await visitor.send(MESSAGE);

    await step('the side panel shows the name and the message as typed', [panel.page], async () => {
      await panel.accept(VISITOR);
      await panel.waitForSelectedTab(VISITOR);
      await panel.waitForMessage(MESSAGE);
    });
    await panel.send(VISITOR, '/hostile');
    const expanded = CANNED.replace('%VISITOR%', VISITOR);
    await step(
      'the canned response arrives as text on both sides',
      [panel.page, visitor.page],
      async () => {
        await panel.waitForMessage(expanded);
        await visitor.waitForMessage(expanded);
      },
    );
    await visitor.waitForMessage(`${OPERATOR} joined the chat`);
    expect(await visitor.conversationText()).toContain(MESSAGE);

    await panel.screenshot('hostile-input-console');
    await visitor.screenshot('hostile-input-widget');
    await expectNothingRan(panel.page);
    await expectNothingRan(visitor.page);
    await panel.closeChat();
    await panel.setPresence('offline');
    expect(panel.errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });

  it('in the Control Panel lists', async () => {
    admin = await controlPanelFor(stack.accounts.ada);
    const { panel } = admin;
    await panel.openPanel('departments', 'Departments');
    await waitForText(panel.page, 'main', DEPARTMENT);
    await panel.openPanel('canned-responses', 'Canned responses');
    await waitForText(panel.page, '.canned-list', CANNED);
    await panel.openPanel('operators', 'Operators');
    await waitForText(panel.page, 'main', OPERATOR);
    await panel.screenshot('hostile-input-control-panel');
    await expectNothingRan(panel.page);
    expect(panel.errors).toEqual([]);
  });
});
