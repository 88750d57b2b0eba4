/**
 * A visitor's chat through the widget on the demo website in Chromium, against the local stack:
 * the visitor picks a department, waits, is accepted and talks with Nora (signed in through the
 * Firebase web SDK in this process: her own client, the real callables and rules), the chat
 * survives going to the next page, and the visitor ends it. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { type OperatorClient, signInOperator } from '../support/operator-client.ts';
import { eventually } from '../support/wait.ts';
import { W, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');

describe('a widget chat with Nora (Sales) online', () => {
  let chromium: LaunchedBrowser;
  let nora: OperatorClient;

  beforeAll(async () => {
    await quietDemoWorkspace();
    chromium = await launchChromium();
    nora = await signInOperator('nora@parley.test', 'parley-operator');
    await nora.heartbeat('online');
  });
  afterAll(async () => {
    await nora?.heartbeat('offline').catch(() => {});
    await nora?.close();
    await chromium?.close();
  });

  it('chats: department on the welcome screen, waiting, accepted, messages both ways, kept across a reload, ended', async () => {
    const context = await chromium.browser.createBrowserContext();
    const visitor = await WidgetVisitor.arrive(context, { width: 1100, height: 760 });
    const { page } = visitor;
    await visitor.visit('/products');
    await visitor.openChat();

    expect(await visitor.departments()).toEqual([
      'Select a department…',
      'Sales',
      'Support (leave a message)',
    ]);
    const visitorName = `Vera ${Date.now()}`;
    await visitor.fillWelcome({
      name: visitorName,
      email: 'vera@example.com',
      department: 'Sales',
    });
    await visitor.screenshot('widget-welcome-department');
    await visitor.startChat();
    await visitor.waitForStatus('waiting');
    await visitor.screenshot('widget-waiting');

    // The chat reached Nora (ring-all within Sales); she accepts it.
    const chat = await eventually(() => nora.offeredChat(visitorName), 'the chat offered to Nora');
    expect(chat.data.departmentId).toBe('sales');
    expect(chat.data.pageUrl).toBe(`${stack.demoSiteUrl}/products`);
    await nora.accept(chat.id);
    await visitor.waitForStatus('joined');
    await visitor.find('.message.system ::-p-text("Nora joined the chat")');

    // The visitor writes (emoji, right-to-left, a long unbroken word); Nora reads it in order.
    const lines = ['Hello! 👋🏽 Do you ship to Oslo?', 'שלום, אפשר עזרה?', 'L'.repeat(300)];
    for (const line of lines) {
      await page.locator(`${W} textarea[aria-label="Message"]`).fill(line);
      await page.keyboard.press('Enter');
      await visitor.find(
        `.message.own:not(.pending) ::-p-text(${JSON.stringify(line.slice(0, 20))})`,
      );
    }
    const received = await eventually(
      async () => {
        const texts = (await nora.messages(chat.id)).filter((m) => m.from.kind === 'visitor');
        return texts.length === lines.length ? texts : undefined;
      },
      "the visitor's messages at Nora's",
      10_000,
    );
    expect(received.map((m) => m.text)).toEqual(lines);
    expect(received[0]!.from.name).toBe(visitorName);

    // Nora answers, once with markup that must show as text.
    await nora.send(chat.id, 'Hi Vera, yes we do: 3–5 days 🚚');
    const markup = '<img src=x onerror="window.__pwned=1"><b>not bold</b>';
    await nora.send(chat.id, markup);
    await visitor.find('.message.operator ::-p-text("not bold")', 10_000);
    const view = await page.evaluate(() => {
      const shadow = document.querySelector('parley-widget')!.shadowRoot!;
      const texts = [...shadow.querySelectorAll('.message .text')];
      const long = texts.find((t) => t.textContent?.startsWith('LLLL'))!;
      return {
        texts: texts.map((t) => t.textContent),
        dirs: texts.map((t) => t.getAttribute('dir')),
        injected: shadow.querySelectorAll('.messages img, .messages b').length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
        longFits: long.scrollWidth <= long.clientWidth + 1,
        header: shadow.querySelector('.chat-status')?.textContent,
        rtlDirection: getComputedStyle(texts.find((t) => t.textContent?.startsWith('שלום'))!)
          .direction,
      };
    });
    expect(view.texts).toEqual([...lines, 'Hi Vera, yes we do: 3–5 days 🚚', markup]);
    expect(new Set(view.dirs)).toEqual(new Set(['auto']));
    expect(view.injected).toBe(0);
    expect(view.pwned).toBe(0);
    expect(view.longFits).toBe(true);
    expect(view.header).toBe("You're chatting with Nora");
    expect(view.rtlDirection).toBe('rtl');
    await visitor.screenshot('widget-chat');

    // Next page of the site: the panel reopens by itself with the same conversation.
    await visitor.visit('/pricing');
    await visitor.find('.message.operator ::-p-text("3–5 days")');
    expect(await page.$$eval(`${W} .message .text`, (nodes) => nodes.length)).toBe(
      lines.length + 2,
    );

    // End chat: closed for both sides.
    await visitor.endChat();
    await visitor.find(
      `.message.system ::-p-text(${JSON.stringify(`${visitorName} ended the chat`)})`,
    );
    await visitor.find('::-p-text("Start a new chat")');
    expect((await nora.chat(chat.id))?.status).toBe('closed');
    await visitor.screenshot('widget-ended');
    expect(visitor.errors).toEqual([]);
    await context.close();
  });
});
