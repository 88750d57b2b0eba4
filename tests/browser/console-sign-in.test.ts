/**
 * Signing in to the operator console and staying signed in, in Chromium with the built extension
 * against the seeded stack: a wrong password is refused with a clear message, the session survives
 * a browser restart, and signing out takes the operator offline.
 * Screenshots: test-artifacts/console-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.ts';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { readDocument, waitForDocument } from '../support/documents.ts';
import { step } from '../support/scenario.ts';

const stack = inject('stack');
const { nora, otto } = stack.accounts;

describe('signing in to the console', () => {
  let browser: ExtensionBrowser;
  let afterRestart: ConsolePage;

  beforeAll(async () => {
    await quietDemoWorkspace();
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('refuses a wrong password with a clear message', async () => {
    const page = await ConsolePage.open(browser);
    await page.submitSignIn({ email: nora.email, password: 'not-the-password' });
    await page.waitForAlert('Wrong email or password.');
    await page.screenshot('console-01-wrong-password');
    await page.close();
  });

  it('keeps the operator signed in across a browser restart', async () => {
    const before = await ConsolePage.open(browser);
    await before.signIn(otto);
    await before.goOnline();
    await step('Otto is online on the server', [before.page], () =>
      waitForDocument(`workspaces/demo/presence/${otto.uid}`, (d) => d?.state === 'online'),
    );
    const profile = browser.profile;
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension(profile);
    afterRestart = await ConsolePage.open(browser);
    await step('Otto is still signed in', [afterRestart.page], () =>
      afterRestart.waitUntilSignedIn(),
    );
    expect(await afterRestart.hasSignInForm()).toBe(false);
  });

  it('goes offline when the operator signs out', async () => {
    await afterRestart.signOut();
    const presence = await readDocument(`workspaces/demo/presence/${otto.uid}`);
    expect(presence?.state).toBe('offline');
  });
});
