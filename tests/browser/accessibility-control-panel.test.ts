/**
 * The accessibility gate for the Control Panel, in one Chromium: axe-core
 * (tests/support/accessibility.ts) on the signed-out page (sign in, create a workspace), then,
 * signed in as the admin, on every panel of the navigation, which the panel registry builds from
 * components/admin/<feature>/panel.tsx (a new panel is checked without touching this file; the test
 * fails if a panel file is missing from the navigation), and on the windows and in-place
 * questions the panels open. Serious or critical violations fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.ts';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { patchDocument } from '../support/documents.ts';
import { endedChats } from '../support/history-fixture.ts';
import { failedOfflineMessage, missedChatSummary } from '../support/inbox-fixture.ts';
import { byRole, waitForNoText } from '../support/page.ts';
import { visitorName } from '../support/widget-visitor.ts';

const stack = inject('stack');
const ADMIN_DIR = path.resolve(import.meta.dirname, '../../components/admin');
const SECTIONS = 'nav[aria-label="Control panel sections"]';

/** The id of every feature panel (components/admin/<feature>/panel.ts[x]), read from its file. */
const panelIds = readdirSync(ADMIN_DIR)
  .flatMap((feature) =>
    ['panel.tsx', 'panel.ts'].map((name) => path.join(ADMIN_DIR, feature, name)),
  )
  .filter((file) => existsSync(file))
  .map((file) => /\bid: '([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1]);

type Control = [role: string, name: string];
interface PanelWindow {
  what: string;
  /** the controls to press, in order, to open it */
  open: Control[];
  /** what shows while it is open */
  shows: string;
  /** how it is closed again: a control to press, or Escape (native dialogs) */
  close: Control | 'Escape';
}

const MODAL = 'dialog[open]';
const QUESTION = '.confirm-inline';

/** The windows (editors, dialogs) and in-place confirmations each panel opens. */
const WINDOWS: Record<string, PanelWindow[]> = {
  operators: [
    { what: 'Add operator', open: [['button', 'Add']], shows: MODAL, close: 'Escape' },
    { what: 'Invite operator', open: [['button', 'Invite']], shows: MODAL, close: 'Escape' },
    ...['Edit profile', 'Delete'].map((item) => ({
      what: `${item} (Nora)`,
      open: [
        ['button', 'Actions for Nora'],
        ['menuitem', item],
      ] as Control[],
      shows: MODAL,
      close: 'Escape' as const,
    })),
    ...['Off-line messages', 'URL routing', 'Chat timeouts'].map((item) => ({
      what: item,
      open: [
        ['button', 'Chat Operators settings'],
        ['menuitem', item],
      ] as Control[],
      shows: MODAL,
      close: 'Escape' as const,
    })),
  ],
  'canned-responses': [
    {
      what: 'Add canned response',
      open: [['button', 'Add canned response']],
      shows: MODAL,
      close: 'Escape',
    },
    { what: 'Edit /hello', open: [['button', 'Edit /hello']], shows: MODAL, close: 'Escape' },
    {
      what: 'Delete /hello?',
      open: [['button', 'Delete /hello']],
      shows: QUESTION,
      close: ['button', 'No, keep /hello'],
    },
  ],
  departments: [
    {
      what: 'Edit department Sales',
      open: [['button', 'Edit department Sales']],
      shows: byRole('button', 'Cancel editing'),
      close: ['button', 'Cancel editing'],
    },
    {
      what: 'Delete department Sales?',
      open: [['button', 'Delete department Sales']],
      shows: QUESTION,
      close: ['button', 'No, keep department Sales'],
    },
  ],
  billing: [
    {
      what: 'Add card',
      open: [['button', 'Add card']],
      shows: byRole('button', 'Cancel'),
      close: ['button', 'Cancel'],
    },
  ],
};

describe('accessibility of the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    // Rows in History, Reports and Off-line messages (one of them handled), whatever ran before:
    // an empty list hides the controls and the looks of each row.
    const handled = { by: stack.accounts.ada.uid, name: 'Ada', at: new Date() };
    const [, , , started] = await Promise.all([
      failedOfflineMessage('Fiona', 'Is the blue lamp back in stock?').then((id) =>
        patchDocument(`workspaces/demo/offlineMessages/${id}`, { handled }),
      ),
      missedChatSummary(visitorName('Max')),
      endedChats(stack, [
        {
          visitor: { name: visitorName('Rita') },
          operator: 'nora',
          departmentId: 'sales',
          messages: [
            ['visitor', 'Hello?'],
            ['operator', 'Hi Rita, how can I help?'],
          ],
        },
      ]),
      controlPanelFor(),
    ]);
    ({ browser, panel } = started);
  });
  afterAll(() => browser?.close());

  it('passes axe signed out: sign in and create a workspace', async () => {
    await panel.page.waitForSelector('form.sign-in');
    await expectAccessible(panel.page, 'the Control Panel, sign in');
    await panel.press('Create a workspace');
    await panel.page.waitForSelector('form.create-workspace');
    await expectAccessible(panel.page, 'the Control Panel, create a workspace');
    await panel.press('Sign in');
    await panel.page.waitForSelector('form.create-workspace', { hidden: true });
  });

  /** The panels the signed-in operator's navigation lists, as [id, title]. */
  const listedPanels = () =>
    panel.page.$$eval(`${SECTIONS} a`, (anchors) =>
      anchors.map((a) => ({ id: a.getAttribute('href')!.slice(1), title: a.textContent!.trim() })),
    );

  /** Opens panel `id` and runs axe once its data came ("Loading…" is gone). */
  const checkPanel = async (id: string, title: string, who: string) => {
    await panel.openPanel(id, title);
    await waitForNoText(panel.page, 'main', 'Loading');
    await expectAccessible(panel.page, `the panel ${title} (${who})`);
  };

  it('passes axe on every panel and every window the panels open', {
    timeout: 180_000,
  }, async () => {
    await panel.signIn(stack.accounts.ada);
    const links = await listedPanels();
    expect(panelIds.length).toBeGreaterThan(0);
    expect(links.map((link) => link.id)).toEqual(expect.arrayContaining(panelIds));
    expect(Object.keys(WINDOWS).filter((id) => !panelIds.includes(id))).toEqual([]);

    for (const { id, title } of links) {
      await checkPanel(id, title, 'admin');
      for (const window of WINDOWS[id] ?? []) {
        for (const [role, name] of window.open) await panel.press(name, role);
        await panel.page.waitForSelector(window.shows, { timeout: 10_000 });
        await expectAccessible(panel.page, `${title}: ${window.what}`);
        if (window.close === 'Escape') await panel.page.keyboard.press('Escape');
        else await panel.press(window.close[1], window.close[0]);
        await panel.page.waitForSelector(window.shows, { hidden: true, timeout: 10_000 });
      }
    }
  });

  it('passes axe on the panels of a normal operator (read-only canned responses)', async () => {
    await panel.signOut();
    await panel.signIn(stack.accounts.nora);
    for (const { id, title } of await listedPanels()) await checkPanel(id, title, 'Nora');
    expect(panel.errors).toEqual([]);
  });
});
