/**
 * Billing and the widget snippet in the Control Panel, in Chromium with the built extension
 * against the seeded stack: the monthly fee, invoices (closing a billed month again bills nothing
 * twice), cards (add, make default, remove) and the install snippet.
 * Screenshots: test-artifacts/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { type ControlPanel, controlPanelFor } from '../support/control-panel.ts';
import { listDocuments } from '../support/documents.ts';

const stack = inject('stack');
const MASTERCARD = 'Mastercard •••• 5100, expires 03/2031';

describe('billing and the widget snippet in the Control Panel', () => {
  let browser: ExtensionBrowser;
  let panel: ControlPanel;

  beforeAll(async () => {
    ({ browser, panel } = await controlPanelFor(stack.accounts.ada));
  });
  afterAll(() => browser?.close());

  it('shows the fee and the invoices, and issues no invoice twice', async () => {
    await panel.openPanel('billing', 'Billing');
    await panel.waitForText('[data-testid="monthly-fee"]', '€57.00');
    await panel.waitForText('.invoices-table', '2026-10');
    await panel.waitForText('.payment-methods', 'Visa •••• 4242');
    // The previous month already has its invoice: closing it again bills nothing twice.
    await panel.page.locator('input[name="period"]').fill('2026-10');
    await panel.press('Issue invoice');
    await panel.waitForText('.close-period [role="status"]', 'already existed');
  });

  it('adds a card, makes another the default and removes the new one', async () => {
    await panel.press('Add card');
    await panel.choose('Brand', 'mastercard');
    await panel.fillIn('Last 4 digits', '5100');
    await panel.choose('Expiry month', '3');
    await panel.fillIn('Expiry year', '2031');
    await panel.fillIn('Card holder', 'Ada Lovelace');
    await panel.tick('Make this the default card');
    await panel.press('Add card');
    await panel.waitForText('.payment-methods', MASTERCARD);
    await panel.screenshot('admin-10-billing');
    // The list shows the card as soon as it is written locally; the server has it once the
    // batch (new default + old one demoted) commits, so poll the server, not the page.
    await vi.waitFor(
      async () => {
        const cards = await listDocuments('workspaces/demo/paymentMethods');
        expect(cards.map((c) => [c.data.last4, c.data.isDefault]).sort()).toEqual([
          ['4242', false],
          ['5100', true],
        ]);
      },
      { timeout: 10_000, interval: 200 },
    );
    await panel.press('Make Visa •••• 4242, expires 12/2029 the default card');
    await panel.waitForStatus('The card ending 4242 is now the default.');
    await panel.press(`Remove ${MASTERCARD}`);
    await panel.press(`Yes, remove ${MASTERCARD}`);
    await panel.waitForNoText('.payment-methods', MASTERCARD);
  });

  it('shows the widget install snippet for the workspace', async () => {
    await panel.openPanel('widget-install', 'Widget install');
    const snippet = await panel.valueOf('Install snippet for workspace demo');
    expect(snippet).toMatch(
      /^<script src="[^"]+\/widget\.js" data-workspace="demo" async><\/script>$/,
    );
    await panel.screenshot('admin-11-widget-install');
    expect(panel.errors).toEqual([]);
  });
});
