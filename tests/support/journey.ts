/**
 * The full journey through Parley in one browser with the built extension, against the seeded
 * `demo` workspace: Ada sets the workspace up in the Control Panel, a visitor on the demo website
 * picks the new department, the new operator Jules answers in the console (the side panel's page
 * in Chromium, the sidebar build's page in Firefox), hands the chat over to Nora and back with
 * /t and /a, talks to her, closes the chat and the visitor rates it; History shows it; URL routing
 * sends the help page's chat to Nora only; with nobody online the widget takes an off-line message
 * that arrives by mail and in the off-line inbox; Ada removes the rule, the canned response and
 * Jules and turns department routing back on. The browser's notifications and badge are read from
 * the extension's own state in both browsers. Nora is a Chromium of her own (a second operator
 * needs a second session). tests/browser/journey-*.test.ts run it in each browser; a failed step
 * leaves test-artifacts/journey-<browser>-<step>.png and .log.
 *
 * Idle: Firefox's background hears browser.idle's "idle" (after 15 s, the least the API takes)
 * and turns Jules away. Back to "active" cannot be driven: Firefox's idle service counts from the
 * last native input event the OS window reports, which a headless window never gets; WebDriver
 * BiDi's input is synthesized inside the page and does not reset it (tried: after BiDi mouse
 * moves and key presses idle.queryState still says "idle"). So Firefox checks the way to away
 * only. Headless Chromium never reports idle at all (chrome.idle.queryState stays "active"
 * however long nothing happens: its headless platform measures no input idle time), so the step
 * is Firefox's only.
 */
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS } from '../../utils/domain/validation.ts';
import { type Operator, operatorOnline } from './console-flows.ts';
import type { ConsolePage } from './console-page.ts';
import type { ControlPanel } from './control-panel.ts';
import { quietDemoWorkspace } from './demo-workspace.ts';
import { listDocuments, readDocument, waitForChatOf, waitForDocument } from './documents.ts';
import { HistoryPage } from './history-page.ts';
import { type BrowserName, type JourneyBrowser, launchJourneyBrowser } from './journey-browser.ts';
import {
  addCannedResponse,
  addDepartment,
  addOfflineRecipient,
  addOperator,
  addUrlRule,
  backToDepartmentRouting,
  deleteCannedResponse,
  deleteOperator,
  enableUrlRouting,
  restoreDemoWorkspace,
  SETUP,
} from './journey-workspace.ts';
import { waitForMail } from './mail-sink.ts';
import { byRole } from './page.ts';
import { Journey } from './scenario.ts';
import { visitorName, W, WidgetVisitor } from './widget-visitor.ts';

const presenceOf = (uid: string) => `workspaces/demo/presence/${uid}`;

export function describeJourney(name: BrowserName) {
  const stack = inject('stack');
  const { ada, nora: noraAccount } = stack.accounts;
  const journey = new Journey(name);
  const jules = { email: `jules.${name}.${Date.now().toString(36)}@parley.test`, password: '' };
  const vera = visitorName('Vera');
  const walt = visitorName('Walt');
  let julesUid = '';
  let browser: JourneyBrowser;
  let nora: Operator;
  let panel: ControlPanel;
  let consolePage: ConsolePage;
  const contexts: BrowserContext[] = [];

  /** A visitor of their own (own storage: a new anonymous visitor) on the demo website. */
  async function newVisitor(path: string) {
    const context = await browser.browser.createBrowserContext();
    contexts.push(context);
    const visitor = await WidgetVisitor.arrive(context);
    await visitor.visit(path);
    await visitor.openChat();
    return visitor;
  }

  describe(`the full journey in ${name}`, () => {
    beforeAll(async () => {
      await Promise.all([quietDemoWorkspace(), restoreDemoWorkspace()]);
      // One after the other: two browsers starting at once on a busy machine miss the timeouts.
      browser = await launchJourneyBrowser(name, (b) => journey.watch(b, name));
      nora = await operatorOnline(noraAccount, (b) => journey.watch(b, 'nora'));
    }, 120_000);
    afterAll(async () => {
      await Promise.all([browser?.close(), nora?.browser.close()]);
      await Promise.all([restoreDemoWorkspace(), quietDemoWorkspace()]);
    });

    it('sets up, chats, transfers, closes, routes by URL and takes an off-line message', async () => {
      panel = await browser.controlPanel();
      await journey.step('Ada sets up the workspace', panel.page, async () => {
        await panel.signIn(ada);
        jules.password = await addOperator(panel, jules.email);
        await addCannedResponse(panel);
        await addDepartment(panel);
        await addOfflineRecipient(panel);
        await addUrlRule(panel);
        await panel.signOut();
      });
      const privates = await listDocuments('workspaces/demo/operatorPrivate');
      julesUid = privates.find((p) => p.data.email === jules.email)?.id ?? '';
      expect(julesUid).not.toBe('');
      const recipients = await readDocument('workspaces/demo/settings/offline');
      expect(recipients?.recipientIds).toEqual([ada.uid, julesUid]);

      consolePage = await browser.console();
      await journey.step(
        'Jules signs in with the generated password',
        consolePage.page,
        async () => {
          await consolePage.bringToFront();
          await consolePage.signIn(jules);
          await consolePage.goOnline();
          await waitForDocument(presenceOf(julesUid), (d) => d?.state === 'online');
        },
      );

      const question = 'Can I return the lamp I bought last week?';
      const visitor = await newVisitor('/pricing');
      await journey.step('the visitor picks the Returns department', visitor.page, async () => {
        await visitor.fillWelcome({ name: vera, department: SETUP.department });
        await visitor.startChat();
        await visitor.type(question);
      });
      const chat = await waitForChatOf(vera, (c) => c.status === 'queued');
      expect(chat.data.offeredTo).toEqual([julesUid]);
      await journey.step(
        'the background notifies Jules and badges the chat',
        consolePage.page,
        async () => {
          const { ids, badge } = await browser.waitForNotification(
            `incoming|chat:demo:${chat.id}`,
            {
              withBadge: true,
            },
          );
          expect(ids).toContain(`incoming|chat:demo:${chat.id}`);
          expect(badge).toBe('1');
        },
      );

      await journey.step(
        'Jules accepts and sends the canned response',
        consolePage.page,
        async () => {
          await consolePage.bringToFront();
          await consolePage.accept(vera);
          await consolePage.waitForSelectedTab(vera);
          await consolePage.waitForMessage(question);
          await consolePage.send(vera, `/${SETUP.shortcut}`);
          await consolePage.waitForMessage(`Hi ${vera}, Jules from Returns here.`);
          await visitor.waitForMessage(`Hi ${vera}, Jules from Returns here.`);
          await consolePage.bringToFront();
          await consolePage.waitForNothingSending();
        },
      );
      const accepted = await readDocument(`workspaces/demo/chats/${chat.id}`);
      expect(accepted).toMatchObject({ status: 'active', operatorId: julesUid });
      const stored = await listDocuments(`workspaces/demo/chats/${chat.id}/messages`);
      expect(stored.map((m) => m.data)).toContainEqual(
        expect.objectContaining({
          from: expect.objectContaining({ kind: 'operator', uid: julesUid }),
          text: `Hi ${vera}, Jules from Returns here.`,
        }),
      );

      await journey.step('Jules and Nora talk in a team chat', consolePage.page, async () => {
        await consolePage.showSection('Contacts');
        await consolePage.startTeamChatWith('Nora');
        await consolePage.send('Nora', 'Could you check the return policy for lamps?');
        await nora.console.bringToFront();
        await nora.console.openTab('Jules, team chat');
        await nora.console.waitForMessage('Could you check the return policy for lamps?');
        await nora.console.send('Jules', 'Sure, hand the chat over.');
        await consolePage.bringToFront();
        await consolePage.waitForMessage('Sure, hand the chat over.');
      });

      await journey.step('Jules hands the chat to Nora with /t', consolePage.page, async () => {
        await consolePage.showSection('Chats');
        await consolePage.openTab(vera);
        await consolePage.waitForSuggestedOnline(vera, '/t Nor', 'Nora');
        await consolePage.send(vera, '/t Nora');
        await consolePage.waitForTransferNotice('Waiting for Nora');
      });
      await journey.step('Nora accepts with /a', nora.console.page, async () => {
        await nora.console.bringToFront();
        await nora.console.waitForTransferNotice(`Jules wants to transfer the chat with ${vera}`);
        await nora.console.openTab(vera);
        await nora.console.waitForMessage(question);
        await nora.console.send(vera, '/a');
        await nora.console.waitUntilChatIsMine();
        await nora.console.waitForNoTransferNotice();
        await nora.console.send(vera, 'Nora here: lamps go back within 30 days.');
        await visitor.waitForMessage('Nora here: lamps go back within 30 days.');
        await consolePage.waitForNoTab(vera);
      });
      await journey.step(
        'Nora hands it back and Jules takes it with /a',
        consolePage.page,
        async () => {
          await nora.console.bringToFront();
          await nora.console.waitForSuggestedOnline(vera, '/t Jul', 'Jules');
          await nora.console.send(vera, '/t Jules');
          await consolePage.bringToFront();
          await consolePage.waitForTransferNotice(`Nora wants to transfer the chat with ${vera}`);
          const { ids } = await browser.waitForNotification(`transfer|chat:demo:${chat.id}`);
          const transfers = ids.filter((id) => id.startsWith(`transfer|chat:demo:${chat.id}`));
          expect(transfers, `notifications: ${ids.join(', ')}`).toHaveLength(1);
          await consolePage.openTab(vera);
          await consolePage.send(vera, '/a');
          await consolePage.waitUntilChatIsMine();
          await consolePage.waitForNoTransferNotice();
          await nora.console.waitForNoTab(vera);
        },
      );

      await journey.step(
        'Jules closes the chat and the visitor rates it',
        visitor.page,
        async () => {
          await consolePage.closeChat();
          await consolePage.waitForNoTab(vera);
          await visitor.page.bringToFront();
          const rate = 'form[aria-label="Rate this chat"]';
          await (await visitor.find(`${rate} button ::-p-text(👍 Good)`)).click();
          await (await visitor.find('#rate-comment')).type('Quick and clear.');
          await (await visitor.find(`${rate} button[type="submit"]`)).click();
          await visitor.find('::-p-text(You rated this chat good)');
        },
      );

      await journey.step('History shows the chat', consolePage.page, async () => {
        await consolePage.bringToFront();
        const history = new HistoryPage(consolePage.page);
        await history.showInConsole();
        await history.waitForRows([vera]);
        await history.open(vera);
        const transcript = (await history.transcript()).join('\n');
        expect(transcript).toContain(question);
        expect(transcript).toContain(`Hi ${vera}, Jules from Returns here.`);
        expect(await history.fact('Operators')).toContain('Nora');
        const summary = await readDocument(`workspaces/demo/chatHistory/${chat.id}`);
        expect(summary).toMatchObject({ rating: 'good', ratingComment: 'Quick and clear.' });
      });

      if (name === 'firefox') {
        await journey.step('the idle browser turns Jules away', consolePage.page, async () => {
          await browser.setIdleDetection(15);
          await waitForDocument(presenceOf(julesUid), (d) => d?.state === 'away', 40_000);
          await consolePage.page.waitForSelector('.presence-switch--away', { timeout: 20_000 });
          // Back to the product's 5 minutes before anyone else signs in here.
          await browser.setIdleDetection(5 * 60);
        });
      }

      await journey.step('Jules signs out; Ada turns URL routing on', panel.page, async () => {
        await consolePage.signOut();
        await panel.page.bringToFront();
        await panel.signIn(ada);
        await enableUrlRouting(panel);
        expect((await readDocument('workspaces/demo'))?.routingMode).toBe('url');
        const rules = await listDocuments('workspaces/demo/urlRoutes');
        const rule = rules.find((r) => r.data.pattern === SETUP.route);
        expect(rule?.data.operatorIds).toEqual([noraAccount.uid]);
      });

      await journey.step('the help page is offered to Nora only', consolePage.page, async () => {
        // Ada is online too (the consolePage shares the Control Panel's sign-in), but not chosen.
        await consolePage.bringToFront();
        await consolePage.waitUntilSignedIn();
        await consolePage.goOnline();
        await waitForDocument(presenceOf(ada.uid), (d) => d?.state === 'online');
        const helped = await newVisitor('/help');
        await helped.fillWelcome({ name: walt });
        await helped.startChat();
        await helped.type('Where do I find the manual?');
        const routed = await waitForChatOf(walt, (c) => c.status === 'queued');
        expect(routed.data.offeredTo).toEqual([noraAccount.uid]);
        await nora.console.bringToFront();
        await nora.console.waitForIncoming(walt);
        expect(await consolePage.page.$(byRole('button', `Accept chat with ${walt}`))).toBeNull();
        await helped.close();
      });

      await journey.step(
        'nobody is online: Nora and Ada go off-line',
        consolePage.page,
        async () => {
          await nora.console.setPresence('offline');
          await consolePage.bringToFront();
          await consolePage.setPresence('offline');
          await waitForDocument(presenceOf(noraAccount.uid), (d) => d?.state === 'offline');
          await waitForDocument(presenceOf(ada.uid), (d) => d?.state === 'offline');
        },
      );

      const message = `Is the Aurora lamp back in stock? ${name} ${Date.now()}`;
      const offline = await newVisitor('/help');
      await journey.step('the visitor leaves an off-line message', offline.page, async () => {
        await offline.find('#parley-offline-title');
        const { page } = offline;
        await page.locator(`${W} #parley-offline-name`).fill('Olga Offline');
        await page.locator(`${W} #parley-offline-email`).fill('olga@example.com');
        await page
          .locator(`${W} #parley-offline-message`)
          .fill('x'.repeat(LIMITS.offlineMessage + 1));
        await page.locator(`${W} button[type="submit"]`).click();
        expect(await offline.text('#parley-offline-message-error')).toMatch(
          `at most ${LIMITS.offlineMessage} characters`,
        );
        await page.locator(`${W} #parley-offline-message`).fill(message);
        await page.locator(`${W} button[type="submit"]`).click();
        await offline.find('[role="status"] ::-p-text("Message sent")');
      });

      await journey.step('the mail and the off-line inbox have it', panel.page, async () => {
        for (const to of [ada.email, jules.email]) {
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

      await journey.step(
        'Ada puts routing back and deletes what she added',
        panel.page,
        async () => {
          await backToDepartmentRouting(panel);
          expect((await readDocument('workspaces/demo'))?.routingMode).toBe('departments');
          await deleteCannedResponse(panel);
          await deleteOperator(panel);
        },
      );
      expect(panel.errors).toEqual([]);
      expect(offline.errors).toEqual([]);
      expect(consolePage.errors).toEqual([]);
      expect(visitor.errors).toEqual([]);
    }, 300_000);
  });
}
