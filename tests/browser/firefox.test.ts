/**
 * The Firefox build of the extension end to end: Firefox ESR (WebDriver BiDi) with the add-on
 * installed, its console page (the sidebar panel, here in a tab), the seeded operator Nora and a
 * visitor on the demo website in the same browser, against the local stack. One browser launch
 * for the file; screenshots go to test-artifacts/firefox-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ConsolePage } from '../support/console-page.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { listDocuments, readDocument } from '../support/documents.ts';
import { type LaunchedFirefox, launchFirefox } from '../support/firefox.ts';
import { eventually } from '../support/wait.ts';
import { visitorName, visitorStartsChat } from '../support/widget-visitor.ts';

const stack = inject('stack');
const { nora } = stack.accounts;
const fern = visitorName('Fern');
const REPLY = 'Yes, this reply comes from the Firefox sidebar.';

describe('the operator console in Firefox', () => {
  let firefox: LaunchedFirefox;
  let sidebar: ConsolePage;

  beforeAll(async () => {
    if (!stack.extension) throw new Error('the browser stack did not build the extension');
    await quietDemoWorkspace();
    firefox = await launchFirefox({ extensionDir: stack.extension.firefox });
    sidebar = await ConsolePage.attach(firefox.consolePage);
  });
  afterAll(async () => {
    await firefox?.close();
    // Nora's presence and the chat must not leak into the next browser suite.
    await quietDemoWorkspace();
  });

  it('signs the seeded operator in and puts her online', async () => {
    await sidebar.signIn(nora);
    await sidebar.goOnline();
    // The switch follows the local write at once; the server has it once the write commits.
    await vi.waitFor(
      async () => {
        const presence = await readDocument(`workspaces/demo/presence/${nora.uid}`);
        expect(presence?.state).toBe('online');
      },
      { timeout: 10_000, interval: 200 },
    );
    await sidebar.screenshot('firefox-01-online');
    expect(sidebar.errors).toEqual([]);
  });

  it('accepts a visitor chat from the widget; the reply reaches the visitor and is stored', async () => {
    const visitor = await visitorStartsChat(firefox.browser, {
      name: fern,
      department: 'Sales',
      message: 'Does Parley work in Firefox?',
    });

    await sidebar.bringToFront();
    await sidebar.accept(fern);
    await sidebar.waitForSelectedTab(fern);
    await sidebar.waitForMessage('Does Parley work in Firefox?');
    await sidebar.send(fern, REPLY);
    await sidebar.waitForMessage(REPLY);

    await visitor.waitForMessage(REPLY);
    await sidebar.bringToFront();
    await sidebar.waitForNothingSending();
    await sidebar.screenshot('firefox-02-chat');

    const chat = await eventually(async () => {
      const chats = await listDocuments('workspaces/demo/chats');
      const found = chats.find((c) => (c.data.visitor as { name?: string })?.name === fern);
      return found?.data.status === 'active' ? found : undefined;
    }, `${fern}'s chat as active`);
    expect(chat.data.operatorId).toBe(nora.uid);
    const messages = await listDocuments(`workspaces/demo/chats/${chat.id}/messages`);
    const reply = messages
      .map((m) => m.data)
      .find((m) => (m.from as { kind?: string })?.kind === 'operator');
    expect(reply).toMatchObject({ from: { kind: 'operator', uid: nora.uid }, text: REPLY });
    expect(sidebar.errors).toEqual([]);
    await visitor.close();
  });
});
