/**
 * What the journey (journey.ts) adds to the seeded `demo` workspace, named once: Ada's Control
 * Panel steps that set it up, and putting the workspace back as the seed made it afterwards, so
 * the next browser suite finds nothing of it.
 */
import { expect, inject } from 'vitest';
import type { ControlPanel } from './control-panel.ts';
import { deleteDocument, listDocuments, patchDocument } from './documents.ts';
import { eventually } from './wait.ts';

const WS = 'workspaces/demo';

/** The names the journey gives what it creates (one browser's journey at a time). */
export const SETUP = {
  operator: 'Jules',
  department: 'Returns',
  shortcut: 'returns',
  canned: 'Hi %VISITOR%, %OPERATOR% from Returns here.',
  /** The demo website's help page goes to Nora only once URL routing is on. */
  route: '127.0.0.1*/help*',
};

/** Adds operator Jules without a password; returns the one the Control Panel generated. */
export async function addOperator(panel: ControlPanel, email: string): Promise<string> {
  await panel.openPanel('operators', 'Chat Operators');
  await panel.press('Add');
  await panel.page.waitForSelector('dialog[open] form.operator-form');
  await panel.fillIn('Display name', SETUP.operator);
  await panel.fillIn('Email', email);
  await panel.choose('Role', 'normal');
  await panel.press('Add operator');
  const code = await panel.page.waitForSelector('[data-testid="generated-password"]', {
    timeout: 30_000,
  });
  const password = (await code!.evaluate((el) => el.textContent ?? '')).trim();
  expect(password.length).toBeGreaterThanOrEqual(16);
  await panel.press('Done');
  await panel.waitForText('.operators-table', SETUP.operator);
  await panel.waitForNoDialog();
  return password;
}

/** The canned response with both placeholders; a taken and a reserved shortcut are refused. */
export async function addCannedResponse(panel: ControlPanel) {
  await panel.openPanel('canned-responses', 'Canned responses');
  await panel.waitForText('.canned-list', '/hello');
  await panel.press('Add canned response');
  await panel.fillIn('Short-cut command', 'hello');
  await panel.waitForText('dialog[open]', 'already used by another canned response');
  await panel.fillIn('Short-cut command', 't');
  await panel.waitForText('dialog[open]', 'is the built-in command');
  await panel.fillIn('Short-cut command', SETUP.shortcut);
  await panel.fillIn('Canned response', SETUP.canned);
  await panel.waitForText('[data-testid="canned-preview"]', 'Hi Alex, Ada from Returns here.');
  await panel.page.locator('dialog[open] button[type="submit"]').click();
  await panel.waitForText('.canned-list', `/${SETUP.shortcut}`);
  await panel.waitForNoDialog();
}

/** Department Returns: Jules dragged in with the mouse, then Ada added with the keyboard. */
export async function addDepartment(panel: ControlPanel) {
  await panel.openPanel('departments', 'Departments');
  await panel.waitForText('.departments-list', 'Sales');
  await panel.fillIn('Department name', SETUP.department);
  await panel.dragIntoChosen(SETUP.operator);
  await panel.press('Add Ada to Department operators');
  expect(await panel.chosen('Department operators')).toEqual([SETUP.operator, 'Ada']);
  await panel.press('Add department');
  await panel.waitForStatus(`Added department ${SETUP.department}.`);
}

/** Jules joins Ada among the off-line message recipients. */
export async function addOfflineRecipient(panel: ControlPanel) {
  await panel.openPanel('operators', 'Chat Operators');
  await panel.chooseFromMenu('Chat Operators settings', 'Off-line messages');
  await panel.page.waitForSelector('dialog[open] form.offline-messages');
  // The settings may arrive after the window opened; it shows them when they do.
  const seeded = await eventually(async () => {
    const chosen = await panel.chosen('Recipients');
    return chosen.length > 0 ? chosen : undefined;
  }, 'the stored recipients in the window');
  expect(seeded).toEqual(['Ada']);
  await panel.press(`Add ${SETUP.operator} to Recipients`);
  await panel.press('Update');
  await panel.waitForStatus('off-line messages go to 2 operators', 'dialog[open]');
  await panel.press('Close Off-line messages');
  await panel.waitForNoDialog();
}

/** Opens the URL routing window (Chat Operators' settings menu). */
async function openUrlRouting(panel: ControlPanel) {
  await panel.openPanel('operators', 'Chat Operators');
  await panel.chooseFromMenu('Chat Operators settings', 'URL routing');
  await panel.page.waitForSelector('dialog[open] .url-routing');
}

/** A rule sending the help page to Nora, tried against an address; routing stays by department. */
export async function addUrlRule(panel: ControlPanel) {
  await openUrlRouting(panel);
  await panel.waitForText('dialog[open] .rule-list', '127.0.0.1*/pricing*');
  await panel.fillIn('Website or page address', SETUP.route);
  await panel.press('Add Nora to Operators for this address');
  await panel.press('Add routing');
  await panel.waitForText('dialog[open] .rule-list', SETUP.route);
  await panel.fillIn('Try a page address', 'http://127.0.0.1:5173/help');
  await panel.waitForText('dialog[open] .route-tester', `Matches ${SETUP.route}: offered to Nora.`);
  await panel.press('Close URL routing');
  await panel.waitForNoDialog();
}

/** Turns URL routing on, which turns department routing off. */
export async function enableUrlRouting(panel: ControlPanel) {
  await openUrlRouting(panel);
  await panel.tick('Enable URL routing');
  await panel.waitForText('dialog[open]', 'Department routing has been turned off');
  await panel.page.waitForFunction(
    () =>
      (document.querySelector('dialog[open] input[name="enableUrlRouting"]') as HTMLInputElement)
        ?.checked,
  );
  await panel.press('Close URL routing');
  await panel.waitForNoDialog();
}

/** Deletes the help page's rule (confirmed) and turns department routing back on. */
export async function backToDepartmentRouting(panel: ControlPanel) {
  await openUrlRouting(panel);
  await panel.press(`Delete routing for ${SETUP.route}`);
  await panel.press(`Yes, delete routing for ${SETUP.route}`);
  await panel.waitForNoText('dialog[open] .rule-list', SETUP.route);
  await panel.press('Close URL routing');
  await panel.waitForNoDialog();
  await panel.openPanel('departments', 'Departments');
  await panel.tick('Enable department routing (visitors choose a department)');
  await panel.waitForStatus('URL routing has been turned off');
}

/** Deletes the /returns canned response after the confirmation. */
export async function deleteCannedResponse(panel: ControlPanel) {
  await panel.openPanel('canned-responses', 'Canned responses');
  await panel.press(`Delete /${SETUP.shortcut}`);
  await panel.press(`Yes, delete /${SETUP.shortcut}`);
  await panel.waitForNoText('.canned-list', `/${SETUP.shortcut}`);
}

/** Deletes operator Jules after the confirmation. */
export async function deleteOperator(panel: ControlPanel) {
  await panel.openPanel('operators', 'Chat Operators');
  await panel.chooseFromMenu(`Actions for ${SETUP.operator}`, 'Delete');
  await panel.waitForText('dialog[open]', 'their seat is freed');
  await panel.press(`Delete ${SETUP.operator}`);
  await panel.waitForNoText('.operators-table', SETUP.operator, 30_000);
}

/**
 * Puts back what the journey changed, whatever step it reached: routing by department, Ada the
 * only off-line recipient, no Returns department, /returns response, help page rule or Jules.
 */
export async function restoreDemoWorkspace() {
  const [departments, canned, routes, privates] = await Promise.all([
    listDocuments(`${WS}/departments`),
    listDocuments(`${WS}/cannedResponses`),
    listDocuments(`${WS}/urlRoutes`),
    listDocuments(`${WS}/operatorPrivate`),
  ]);
  const jules = privates.filter((p) => String(p.data.email).startsWith('jules.')).map((p) => p.id);
  const { ada } = inject('stack').accounts;
  await Promise.all([
    patchDocument(WS, { routingMode: 'departments' }),
    patchDocument(`${WS}/settings/offline`, { recipientIds: [ada.uid] }),
    ...departments
      .filter((d) => d.data.name === SETUP.department)
      .map((d) => deleteDocument(`${WS}/departments/${d.id}`)),
    ...canned
      .filter((c) => String(c.data.shortcut).replace(/^\//, '') === SETUP.shortcut)
      .map((c) => deleteDocument(`${WS}/cannedResponses/${c.id}`)),
    ...routes
      .filter((r) => r.data.pattern === SETUP.route)
      .map((r) => deleteDocument(`${WS}/urlRoutes/${r.id}`)),
    ...jules.flatMap((uid) =>
      ['operators', 'operatorPrivate', 'presence'].map((c) => deleteDocument(`${WS}/${c}/${uid}`)),
    ),
  ]);
}
