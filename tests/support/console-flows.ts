/**
 * Setting the scene for console suites: an operator signed in and online in a browser of their
 * own, and a visitor's chat that operator has accepted.
 */
import type { Browser } from 'puppeteer-core';
import { type ExtensionBrowser, launchWithExtension } from './chromium.ts';
import { type Account, ConsolePage } from './console-page.ts';
import { waitForDocument } from './documents.ts';
import { step } from './scenario.ts';
import { visitorStartsChat, type WidgetVisitor } from './widget-visitor.ts';

/** An operator in their own Chromium (own profile, own session) with the console open. */
export interface Operator {
  browser: ExtensionBrowser;
  console: ConsolePage;
}

/**
 * Launches a Chromium for `account`, signs in on the console and goes online; `onLaunch` sees the
 * browser before any page opens.
 */
export async function operatorOnline(
  account: Account & { uid: string },
  onLaunch?: (browser: Browser) => void,
): Promise<Operator> {
  const browser = await launchWithExtension();
  onLaunch?.(browser.browser);
  const page = await ConsolePage.open(browser);
  await page.signIn(account);
  // Routing reads the stored presence: the operator is online once the server has it.
  await step(`${account.email} is online`, [page.page], async () => {
    await page.goOnline();
    await waitForDocument(`workspaces/demo/presence/${account.uid}`, (d) => d?.state === 'online');
  });
  return { browser, console: page };
}

/**
 * A visitor (a new tab in `visitorBrowser`) asks something through the widget and `operator`
 * accepts the chat in the console, which then shows the question.
 */
export async function chatAcceptedBy(
  operator: Operator,
  visitorBrowser: Browser,
  chat: { name: string; department: string; message: string },
): Promise<WidgetVisitor> {
  const visitor = await visitorStartsChat(visitorBrowser, chat);
  const page = operator.console;
  await page.bringToFront();
  await step(`${chat.name}'s chat is accepted`, [page.page], async () => {
    await page.accept(chat.name);
    await page.waitForSelectedTab(chat.name);
    await page.waitForMessage(chat.message);
  });
  return visitor;
}
