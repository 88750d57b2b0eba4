/**
 * The visitor widget when nobody is online, on the demo website in Chromium against the local
 * stack: the off-line form refuses a message over the limit, takes a proper one, and the message
 * arrives by mail at the SMTP sink for the workspace's off-line recipients.
 * Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../utils/domain/validation.ts';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { waitForMail } from '../support/mail-sink.ts';
import { W, WidgetVisitor } from '../support/widget-visitor.ts';

describe('an off-line message through the widget', () => {
  let chromium: LaunchedBrowser;

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it('takes an off-line message when nobody is online, and it arrives by mail', async () => {
    const context = await chromium.browser.createBrowserContext();
    const visitor = await WidgetVisitor.arrive(context, { width: 1100, height: 760 });
    const { page } = visitor;
    await visitor.visit('/help');
    await visitor.openChat();
    await visitor.find('#parley-offline-title');

    // Keyboard and accessible names: every field is reachable by its label.
    await page.locator(`${W} #parley-offline-name`).fill('Olga Offline');
    await page.locator(`${W} #parley-offline-email`).fill('olga@example.com');
    await page.locator(`${W} #parley-offline-message`).fill('x'.repeat(LIMITS.offlineMessage + 1));
    await page.locator(`${W} button[type="submit"]`).click();
    const refusal = await visitor.find('#parley-offline-message-error');
    expect(await refusal.evaluate((e) => e.textContent)).toMatch(
      `at most ${LIMITS.offlineMessage} characters`,
    );

    const message = `My Aurora lamp flickers 💡 — order #${Date.now()}`;
    await page.locator(`${W} #parley-offline-message`).fill(message);
    await page.locator(`${W} button[type="submit"]`).click();
    const sent = await visitor.find('[role="status"] ::-p-text("Message sent")');
    expect(sent).not.toBeNull();
    await visitor.screenshot('widget-offline-sent');

    const mail = await waitForMail((m) => m.text.includes(message), 'the off-line message mail');
    expect(mail.to).toContain('ada@parley.test');
    expect(mail.text).toContain('Olga Offline');
    expect(mail.text).toContain('olga@example.com');
    expect(visitor.errors).toEqual([]);
    await context.close();
  });
});
