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
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operatorOnline } from './console-flows.ts';
import { quietDemoWorkspace } from './demo-workspace.ts';
import { listDocuments, readDocument, waitForDocument } from './documents.ts';
import { type BrowserName, launchJourneyBrowser } from './journey-browser.ts';
import { type JourneyCast, presenceOf } from './journey-cast.ts';
import { departmentChat } from './journey-chat.ts';
import { offlineMessage, urlRouting } from './journey-routing-and-offline.ts';
import {
  addCannedResponse,
  addDepartment,
  addOfflineRecipient,
  addOperator,
  addUrlRule,
  backToDepartmentRouting,
  deleteCannedResponse,
  deleteOperator,
  restoreDemoWorkspace,
} from './journey-workspace.ts';
import { Journey } from './scenario.ts';
import { WidgetVisitor } from './widget-visitor.ts';

export function describeJourney(name: BrowserName) {
  const { ada, nora } = inject('stack').accounts;
  const journey = new Journey(name);
  const jules = {
    email: `jules.${name}.${Date.now().toString(36)}@parley.test`,
    password: '',
    uid: '',
  };
  let cast: Omit<JourneyCast, 'panel' | 'console'>;

  describe(`the full journey in ${name}`, () => {
    beforeAll(async () => {
      await Promise.all([quietDemoWorkspace(), restoreDemoWorkspace()]);
      // One after the other: two browsers starting at once on a busy machine miss the timeouts.
      const browser = await launchJourneyBrowser(name, journey);
      cast = {
        journey,
        browser,
        jules,
        nora: await operatorOnline(nora, (b) => journey.watch(b, 'nora')),
        async newVisitor(path) {
          const visitor = await WidgetVisitor.arrive(await browser.browser.createBrowserContext());
          await visitor.visit(path);
          await visitor.openChat();
          return visitor;
        },
      };
    }, 120_000);
    afterAll(async () => {
      await Promise.all([cast?.browser.close(), cast?.nora.browser.close()]);
      await Promise.all([restoreDemoWorkspace(), quietDemoWorkspace()]);
    });

    it('sets up, chats, transfers, closes, routes by URL and takes an off-line message', async () => {
      const panel = await cast.browser.controlPanel();
      await journey.step('Ada sets up the workspace', panel.page, async () => {
        await panel.signIn(ada);
        jules.password = await addOperator(panel, jules.email);
        await addCannedResponse(panel);
        await addDepartment(panel);
        await addOfflineRecipient(panel);
        await addUrlRule(panel);
        await panel.signOut();
        const privates = await listDocuments('workspaces/demo/operatorPrivate');
        jules.uid = privates.find((p) => p.data.email === jules.email)?.id ?? '';
        expect(jules.uid).not.toBe('');
        const recipients = await readDocument('workspaces/demo/settings/offline');
        expect(recipients?.recipientIds).toEqual([ada.uid, jules.uid]);
      });

      const operatorConsole = await cast.browser.console();
      await journey.step(
        'Jules signs in with the generated password',
        operatorConsole.page,
        async () => {
          await operatorConsole.bringToFront();
          await operatorConsole.signIn(jules);
          await operatorConsole.goOnline();
          await waitForDocument(presenceOf(jules.uid), (d) => d?.state === 'online');
        },
      );

      const everyone: JourneyCast = { ...cast, panel, console: operatorConsole };
      await departmentChat(everyone);

      if (name === 'firefox') {
        await journey.step('the idle browser turns Jules away', operatorConsole.page, async () => {
          await cast.browser.setIdleDetection(15);
          await waitForDocument(presenceOf(jules.uid), (d) => d?.state === 'away', 40_000);
          await operatorConsole.page.waitForSelector('.presence-switch--away', { timeout: 20_000 });
          // Back to the product's 5 minutes before anyone else signs in here.
          await cast.browser.setIdleDetection(5 * 60);
        });
      }

      await urlRouting(everyone);
      await offlineMessage(everyone);

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
      expect(operatorConsole.errors).toEqual([]);
    }, 300_000);
  });
}
