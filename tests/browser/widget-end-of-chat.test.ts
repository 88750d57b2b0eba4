import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '../support/chromium.ts';
import { quietDemoWorkspace } from '../support/demo-workspace.ts';
import { acceptChatOf, operatorOnline, workspaceSummary } from '../support/history-fixture.ts';
import { waitForMail } from '../support/mail-sink.ts';
import { visitorName, WidgetVisitor } from '../support/widget-visitor.ts';

/**
 * The end of a chat for the visitor (ADR 007), in Chromium on the demo website: after "End chat"
 * the widget asks for a rating and offers the transcript by email; the rating reaches the chat
 * (a note) and History, the transcript the SMTP sink. Screenshot: test-artifacts/widget-end-of-chat.png.
 */

const stack = inject('stack');
let chromium: LaunchedBrowser;

beforeAll(async () => {
  await quietDemoWorkspace();
  await operatorOnline(stack, 'nora');
  chromium = await launchChromium();
});
afterAll(async () => {
  await quietDemoWorkspace();
  await chromium?.close();
});

describe('the end of a chat, in the widget', () => {
  it('asks for a rating and mails the transcript, which the operator’s side sees', async () => {
    const visitor = await WidgetVisitor.arrive(chromium.browser);
    await visitor.visit('/products');
    await visitor.openChat();
    const name = visitorName('Rita');
    const email = `rita.${Date.now()}@example.com`;
    await visitor.fillWelcome({ name, email, department: 'Sales' });
    await visitor.startChat();
    await visitor.waitForStatus('waiting');
    const chatId = await acceptChatOf(stack, 'nora', name);
    await visitor.waitForStatus('joined');

    await visitor.endChat();
    const rate = 'form[aria-label="Rate this chat"]';
    await (await visitor.find(`${rate} button ::-p-text(👎 Bad)`)).click();
    await (await visitor.find('#rate-comment')).type('I waited too long.');
    await (await visitor.find(`${rate} button[type="submit"]`)).click();
    await visitor.find('::-p-text(You rated this chat bad)');
    await visitor.find('.message.system ::-p-text(rated this chat bad)');

    const field = await visitor.find('#transcript-email');
    expect(await field.evaluate((input) => (input as HTMLInputElement).value)).toBe(email);
    await (
      await visitor.find('form[aria-label="Email the transcript"] button[type="submit"]')
    ).click();
    // The callable sends the mail before it answers; on a loaded machine that took over 20 s.
    await visitor.find('::-p-text(We sent the transcript to)', 45_000);
    await visitor.screenshot('widget-end-of-chat');

    const mail = await waitForMail((m) => m.envelope.to.includes(email), 'the transcript');
    expect(mail.subject).toBe('Your chat with Demo Shop');
    expect(mail.text).toContain(`${name} ended the chat.`);
    expect(await workspaceSummary(stack, chatId)).toMatchObject({
      rating: 'bad',
      ratingComment: 'I waited too long.',
    });
    expect(visitor.errors).toEqual([]);
    await visitor.close();
  });
});
