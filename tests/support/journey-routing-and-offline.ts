/**
 * The journey's end: Ada turns URL routing on and the help page's chat is offered to Nora only
 * (Otto, online too, is not chosen); then with nobody online the widget takes an off-line message,
 * which the SMTP sink receives for both recipients and Ada's off-line inbox lists.
 */
import { expect, inject } from 'vitest';
import { LIMITS } from '../../utils/domain/validation.ts';
import { listDocuments, readDocument, waitForChatOf, waitForDocument } from './documents.ts';
import { type JourneyCast, presenceOf } from './journey-cast.ts';
import { enableUrlRouting, SETUP } from './journey-workspace.ts';
import { waitForMail } from './mail-sink.ts';
import { signInOperator } from './operator-client.ts';
import { visitorName, W, type WidgetVisitor } from './widget-visitor.ts';

export async function urlRouting(cast: JourneyCast) {
  const { journey, panel, console: julesConsole, nora } = cast;
  const { ada, nora: noraAccount, otto: ottoAccount } = inject('stack').accounts;
  const walt = visitorName('Walt');

  await journey.step('Jules signs out; Ada turns URL routing on', panel.page, async () => {
    await julesConsole.signOut();
    await panel.page.bringToFront();
    await panel.signIn(ada);
    await enableUrlRouting(panel);
    expect((await readDocument('workspaces/demo'))?.routingMode).toBe('url');
    const rules = await listDocuments('workspaces/demo/urlRoutes');
    const rule = rules.find((r) => r.data.pattern === SETUP.route);
    expect(rule?.data.operatorIds).toEqual([noraAccount.uid]);
  });

  let visitor: WidgetVisitor | undefined;
  // Otto is online too, without a browser (the operator's side of this step is Nora's).
  const otto = await signInOperator(ottoAccount.email, ottoAccount.password);
  try {
    await journey.step(
      'the help page is offered to Nora only',
      () => visitor?.page ?? nora.console.page,
      async () => {
        await otto.heartbeat('online');
        visitor = await cast.newVisitor('/help');
        await visitor.fillWelcome({ name: walt });
        await visitor.startChat();
        await visitor.type('Where do I find the manual?');
        const routed = await waitForChatOf(walt, (c) => c.status === 'queued');
        expect(routed.data.offeredTo).toEqual([noraAccount.uid]);
        await nora.console.bringToFront();
        await nora.console.waitForIncoming(walt);
        expect(await otto.offeredChat(walt)).toBeUndefined();
        expect(visitor.errors).toEqual([]);
        await visitor.close();
        await otto.heartbeat('offline');
      },
    );
  } finally {
    await otto.close();
  }
}

export async function offlineMessage(cast: JourneyCast) {
  const { journey, panel, nora } = cast;
  const { ada, nora: noraAccount } = inject('stack').accounts;
  const message = `Is the Aurora lamp back in stock? ${cast.browser.name} ${Date.now()}`;

  await journey.step('nobody is online: Nora goes off-line', nora.console.page, async () => {
    await nora.console.bringToFront();
    await nora.console.setPresence('offline');
    await waitForDocument(presenceOf(noraAccount.uid), (d) => d?.state === 'offline', 40_000);
  });

  let visitor: WidgetVisitor | undefined;
  await journey.step(
    'the visitor leaves an off-line message',
    () => visitor?.page ?? panel.page,
    async () => {
      visitor = await cast.newVisitor('/help');
      await visitor.find('#parley-offline-title');
      const { page } = visitor;
      await page.locator(`${W} #parley-offline-name`).fill('Olga Offline');
      await page.locator(`${W} #parley-offline-email`).fill('olga@example.com');
      await page
        .locator(`${W} #parley-offline-message`)
        .fill('x'.repeat(LIMITS.offlineMessage + 1));
      await page.locator(`${W} button[type="submit"]`).click();
      expect(await visitor.text('#parley-offline-message-error')).toMatch(
        `at most ${LIMITS.offlineMessage} characters`,
      );
      await page.locator(`${W} #parley-offline-message`).fill(message);
      await page.locator(`${W} button[type="submit"]`).click();
      await visitor.find('[role="status"] ::-p-text("Message sent")');
      expect(visitor.errors).toEqual([]);
    },
  );

  await journey.step('the mail and the off-line inbox have it', panel.page, async () => {
    for (const to of [ada.email, cast.jules.email]) {
      const mail = await waitForMail(
        (m) => m.text.includes(message) && m.envelope.to.includes(to),
        `the off-line message mailed to ${to}`,
      );
      expect(mail.text).toContain('Olga Offline');
      expect(mail.text).toContain('olga@example.com');
    }
    await panel.page.bringToFront();
    await panel.openPanel('offline-messages', 'Off-line messages');
    await panel.waitForText('.offline-inbox', message);
  });
}
