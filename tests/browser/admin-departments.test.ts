/**
 * Departments in the Control Panel, in Chromium with the built extension against the seeded
 * stack: Ada sets one up by dragging an operator into it and adding another by keyboard, edits
 * it and deletes it. What the panel saves is checked in Firestore itself.
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { listDocuments, readDocument } from '../support/documents.ts';
import { eventually } from '../support/wait.ts';

const stack = inject('stack');

describe('departments in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(stack.accounts.ada));
  });
  afterAll(() => browser?.close());

  it('sets up a department by dragging one operator and adding another by keyboard', async () => {
    await panel.openPanel('departments', 'Departments');
    await panel.waitForText('.departments-list', 'Sales');
    await panel.fillIn('Department name', 'Billing questions');
    // A real mouse drag from the left list into the department's list…
    await panel.dragIntoChosen('Ada');
    // …and the keyboard alternative: the operator's own Add button.
    await panel.press('Add Otto to Department operators');
    expect(await panel.chosen('Department operators')).toEqual(['Ada', 'Otto']);
    await panel.screenshot('admin-05-department-form');
    await panel.press('Add department');
    await panel.waitForText('.departments-list', 'Billing questions');
    await panel.waitForStatus('Added department Billing questions.');

    // The list shows a write before the server has it (latency compensation): ask the server.
    const department = await eventually(
      async () =>
        (await listDocuments('workspaces/demo/departments')).find(
          (d) => d.data.name === 'Billing questions',
        ),
      'the department stored',
    );
    expect(department.data.operatorIds).toHaveLength(2);

    // Edit: rename and take Ada out again.
    await panel.press('Edit department Billing questions');
    await panel.fillIn('Department name', 'Billing help');
    await panel.press('Remove Ada from Department operators');
    await panel.press('Save department');
    await panel.waitForText('.departments-list', 'Billing help');
    await panel.waitForStatus('Saved department Billing help.');
    await panel.screenshot('admin-06-departments');
    const edited = await eventually(async () => {
      const stored = await readDocument(`workspaces/demo/departments/${department.id}`);
      return stored?.name === 'Billing help' ? stored : undefined;
    }, 'the renamed department stored');
    expect(edited.operatorIds).toHaveLength(1);
  });

  it('deletes the department after a confirmation', async () => {
    await panel.press('Delete department Billing help');
    await panel.press('Yes, delete department Billing help');
    await panel.waitForNoText('.departments-list', 'Billing help');
    expect(panel.errors).toEqual([]);
  });
});
