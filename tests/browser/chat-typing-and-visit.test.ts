/**
 * Typing indicators and Visitor info (issue 13, ADR 010) in two Chromiums: a visitor who came
 * from a search with a newsletter campaign chats with Otto from the demo shop's Help page; each
 * sees "… is typing…" while the other types, and it goes away by itself or with the message.
 * Otto's Visitor info shows the visitor's browser, language, local time and arrival, and follows
 * them to the next page of the site, where the chat continues. Screenshots: test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { type Operator, operatorOnline } from '../support/console-flows.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { visitorName, WidgetVisitor } from '../support/widget-visitor.ts';

const stack = inject('stack');

describe('typing and the visit, between a visitor and Otto', () => {
  let visitorBrowser: LaunchedBrowser;
  let otto: Operator;

  beforeAll(async () => {
    await quietDemoWorkspace();
    visitorBrowser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all([visitorBrowser?.close(), otto?.browser.close()]);
  });

  it('each side sees the other typing, and Otto sees where the visitor is', async () => {
    const name = visitorName('Vera');
    otto = await operatorOnline(stack.accounts.otto);
    const panel = otto.console;

    // She arrives from a search, through the newsletter's link, and asks from the Help page.
    const visitor = await WidgetVisitor.arrive(visitorBrowser.browser, {
      width: 1100,
      height: 760,
    });
    // (http: the browser sends no referrer from https to the http demo site)
    await visitor.visit('/?utm_source=newsletter&utm_campaign=winter', {
      referer: 'http://search.example/?q=dimmable+lamps',
    });
    await visitor.visit('/help');
    await visitor.openChat();
    await visitor.fillWelcome({ name, department: 'Support' });
    await visitor.startChat();
    await visitor.send('Does the Beacon lamp dim?');
    await panel.waitForIncoming(name);
    await panel.accept(name);
    await panel.waitForMessage('Does the Beacon lamp dim?');

    // She types without sending: Otto sees it, and it goes away by itself when she stops.
    // (She keeps typing for a while, so a slow delivery on a loaded machine still finds her at it.)
    const typing = visitor.typeWithoutSending('And does it come in brass, or only in black?', 150);
    await panel.waitForTyping(`${name} is typing…`);
    await panel.screenshot('typing-console');
    await typing;
    await panel.waitForTyping('', 20_000);

    // Otto types: she sees his name; his message replaces the indicator.
    await panel.typeWithoutSending(name, 'Yes, with any', 80);
    await visitor.waitForTyping('Otto is typing…');
    await visitor.screenshot('typing-widget');
    await panel.page.keyboard.type(' trailing-edge dimmer.');
    await panel.page.keyboard.press('Enter');
    await visitor.waitForMessage('Yes, with any trailing-edge dimmer.');
    await visitor.waitForTyping('');

    // Visitor info: her browser, language and clock, how she arrived, where she is.
    const info = await panel.visitorInfo('Help · Lumen Lamps');
    expect(info).toMatch(/BrowserChrome \d+ on Linux/);
    expect(info).toMatch(/Local time\d{1,2}:\d{2}/);
    expect(info).toContain('search.example');
    expect(info).toContain('source: newsletter, campaign: winter');

    // She moves on to Pricing; the chat follows her (the loader reopens it) and so does Otto.
    await visitor.visit('/pricing');
    await visitor.waitForMessage('Yes, with any trailing-edge dimmer.');
    await panel.page.waitForFunction(
      () =>
        document.querySelectorAll('.visitor-info .visited-pages li').length === 2 &&
        (document.querySelector('.visitor-info')?.textContent ?? '').includes(
          'Now onPricing & shipping · Lumen Lamps',
        ),
      { timeout: 20_000, polling: 200 },
    );
    await panel.screenshot('visitor-info');

    await panel.closeChat();
    await panel.setPresence('offline');
    expect(visitor.errors).toEqual([]);
    expect(panel.errors).toEqual([]);
  });
});
