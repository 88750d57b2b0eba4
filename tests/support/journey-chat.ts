/**
 * The journey's visitor chat: a visitor picks the new department, the background notifies Jules
 * and badges it, Jules accepts and sends the canned response, talks to Nora, hands the chat to her
 * with /t (she takes it with /a) and she hands it back, closes it, the visitor rates it and History
 * shows it.
 */
import { expect } from 'vitest';
import { listDocuments, readDocument, waitForChatOf, waitForDocument } from './documents.ts';
import { HistoryPage } from './history-page.ts';
import type { JourneyCast } from './journey-cast.ts';
import { SETUP } from './journey-workspace.ts';
import { visitorName, type WidgetVisitor } from './widget-visitor.ts';

const QUESTION = 'Can I return the lamp I bought last week?';

export async function departmentChat(cast: JourneyCast) {
  const { journey, browser, console: jules, nora } = cast;
  const vera = visitorName('Vera');
  const canned = `Hi ${vera}, Jules from Returns here.`;
  let visitor: WidgetVisitor | undefined;
  const visitorPage = () => visitor?.page ?? jules.page;

  const chat = await journey.step(
    'the visitor picks the Returns department',
    visitorPage,
    async () => {
      visitor = await cast.newVisitor('/pricing');
      await visitor.fillWelcome({ name: vera, department: SETUP.department });
      await visitor.startChat();
      await visitor.type(QUESTION);
      const queued = await waitForChatOf(vera, (c) => c.status === 'queued');
      expect(queued.data.offeredTo).toEqual([cast.jules.uid]);
      return queued;
    },
  );
  const ofChat = `chat:demo:${chat.id}`;

  await journey.step('the background notifies Jules and badges the chat', jules.page, async () => {
    const { ids, badge } = await browser.waitForNotification(`incoming|${ofChat}`, {
      withBadge: true,
    });
    expect(ids).toContain(`incoming|${ofChat}`);
    expect(badge).toBe('1');
  });

  await journey.step('Jules accepts and sends the canned response', jules.page, async () => {
    await jules.bringToFront();
    await jules.accept(vera);
    await jules.waitForSelectedTab(vera);
    await jules.waitForMessage(QUESTION);
    await jules.send(vera, `/${SETUP.shortcut}`);
    await jules.waitForMessage(canned);
    await visitor!.waitForMessage(canned);
    await jules.bringToFront();
    await jules.waitForNothingSending();
    const accepted = await readDocument(`workspaces/demo/chats/${chat.id}`);
    expect(accepted).toMatchObject({ status: 'active', operatorId: cast.jules.uid });
    const stored = await listDocuments(`workspaces/demo/chats/${chat.id}/messages`);
    expect(stored.map((m) => m.data)).toContainEqual(
      expect.objectContaining({
        from: expect.objectContaining({ kind: 'operator', uid: cast.jules.uid }),
        text: canned,
      }),
    );
  });

  await journey.step('Jules and Nora talk in a team chat', jules.page, async () => {
    await jules.showSection('Contacts');
    await jules.startTeamChatWith('Nora');
    await jules.send('Nora', 'Could you check the return policy for lamps?');
    await nora.console.bringToFront();
    await nora.console.openTab('Jules, team chat');
    await nora.console.waitForMessage('Could you check the return policy for lamps?');
    await nora.console.send('Jules', 'Sure, hand the chat over.');
    await jules.bringToFront();
    await jules.waitForMessage('Sure, hand the chat over.');
  });

  await journey.step('Jules hands the chat to Nora with /t', jules.page, async () => {
    await jules.showSection('Chats');
    await jules.openTab(vera);
    await jules.waitForSuggestedOnline(vera, '/t Nor', 'Nora');
    await jules.send(vera, '/t Nora');
    await jules.waitForTransferNotice('Waiting for Nora');
  });

  await journey.step('Nora takes it with /a', nora.console.page, async () => {
    await nora.console.bringToFront();
    await nora.console.waitForTransferNotice(`Jules wants to transfer the chat with ${vera}`);
    await nora.console.openTab(vera);
    await nora.console.waitForMessage(QUESTION);
    await nora.console.send(vera, '/a');
    await nora.console.waitUntilChatIsMine();
    await nora.console.waitForNoTransferNotice();
    await nora.console.send(vera, 'Nora here: lamps go back within 30 days.');
    await visitor!.waitForMessage('Nora here: lamps go back within 30 days.');
    await jules.waitForNoTab(vera);
  });

  await journey.step('Nora hands it back and Jules takes it with /a', jules.page, async () => {
    await nora.console.bringToFront();
    await nora.console.waitForSuggestedOnline(vera, '/t Jul', 'Jules');
    await nora.console.send(vera, '/t Jules');
    await jules.bringToFront();
    await jules.waitForTransferNotice(`Nora wants to transfer the chat with ${vera}`);
    const { ids } = await browser.waitForNotification(`transfer|${ofChat}`);
    const transfers = ids.filter((id) => id.startsWith(`transfer|${ofChat}`));
    expect(transfers, `notifications: ${ids.join(', ')}`).toHaveLength(1);
    await jules.openTab(vera);
    await jules.send(vera, '/a');
    await jules.waitUntilChatIsMine();
    await jules.waitForNoTransferNotice();
    await nora.console.waitForNoTab(vera);
  });

  await journey.step('Jules closes the chat and the visitor rates it', visitorPage, async () => {
    await jules.closeChat();
    await jules.waitForNoTab(vera);
    await visitor!.page.bringToFront();
    const rate = 'form[aria-label="Rate this chat"]';
    await (await visitor!.find(`${rate} button ::-p-text(👍 Good)`)).click();
    await (await visitor!.find('#rate-comment')).type('Quick and clear.');
    await (await visitor!.find(`${rate} button[type="submit"]`)).click();
    await visitor!.find('::-p-text(You rated this chat good)');
  });

  await journey.step('History shows the chat and its rating', jules.page, async () => {
    const summary = await waitForDocument(
      `workspaces/demo/chatHistory/${chat.id}`,
      (d) => d?.rating === 'good',
    );
    expect(summary?.ratingComment).toBe('Quick and clear.');
    await jules.bringToFront();
    const history = new HistoryPage(jules.page);
    await history.showInConsole();
    await history.waitForRows([vera]);
    await history.open(vera);
    const transcript = (await history.transcript()).join('\n');
    expect(transcript).toContain(QUESTION);
    expect(transcript).toContain(canned);
    expect(await history.fact('Operators')).toContain('Nora');
    expect(await history.fact('Rating')).toBe('Rated goodQuick and clear.');
  });
  expect(visitor!.errors).toEqual([]);
}
