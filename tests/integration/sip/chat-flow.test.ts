import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResetSipPasswordResponse } from '../../../utils/domain/callables.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  type TestWorkspace,
} from '../functions/support.ts';
import type { SipClient } from './sip-client.ts';
import { sipClientFor, sipCredentials, startTestGateway, visitorSays } from './support.ts';

async function messagesOf(ws: string, chatId: string) {
  const { db } = admin();
  const snapshot = await db
    .collection(`workspaces/${ws}/chats/${chatId}/messages`)
    .orderBy('sentAt')
    .get();
  return snapshot.docs.map(
    (d) => d.data() as { from: { kind: string; uid?: string }; text: string },
  );
}

describe('SIP gateway: a chat from a SIP client', () => {
  let team: TestWorkspace;
  let running: Awaited<ReturnType<typeof startTestGateway>>;
  let noraSip: SipClient;
  let ottoSip: SipClient;
  let chatId: string;
  let visitorUid: string;
  let noraCreds: ResetSipPasswordResponse;

  beforeAll(async () => {
    running = await startTestGateway();
    team = await makeWorkspace({ operators: [{ key: 'nora' }, { key: 'otto' }] });
    await admin().db.doc(`workspaces/${team.ws}/cannedResponses/hello`).set({
      shortcut: 'hello',
      text: 'Hi %VISITOR%, %OPERATOR% here.',
      createdBy: 'x',
      updatedAt: new Date(),
    });
    noraCreds = await sipCredentials(team.ws, team.ops.nora!);
    const ottoCreds = await sipCredentials(team.ws, team.ops.otto!);
    noraSip = await sipClientFor(noraCreds, running.port, { transport: 'udp' });
    ottoSip = await sipClientFor(ottoCreds, running.port, {
      transport: 'tcp',
      algorithm: 'SHA-256',
    });
    expect((await noraSip.register()).status).toBe(200);
    expect((await ottoSip.register()).status).toBe(200);
  });
  afterAll(async () => {
    noraSip.stop();
    ottoSip.stop();
    await running.gateway.stop();
    await closeClients();
  });

  it('offers a new chat to the SIP client, which accepts it with "accept"', async () => {
    const started = await queuedChat(team.ws, { visitorName: 'Vera' });
    chatId = started.chatId;
    visitorUid = started.visitor.auth.currentUser!.uid;
    const offer = await noraSip.waitFor((m) => m.from === `chat-${chatId}`);
    expect(offer.text).toMatch(/New chat from Vera/);
    expect(offer.text).toMatch(/Reply \/a or "accept"/);
    const answer = await noraSip.message(`chat-${chatId}`, 'accept');
    expect(answer.status).toBe(200);
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({
      status: 'active',
      operatorId: team.ops.nora!.uid,
    });
    await noraSip.waitFor((m) => m.text.includes('joined the chat'));
  });

  it("delivers the visitor's messages and puts the client's replies into the chat", async () => {
    await visitorSays(team.ws, chatId, visitorUid, 'Is the blue one in stock? ✓');
    const received = await noraSip.waitFor((m) => m.text === 'Is the blue one in stock? ✓');
    expect(received.fromName).toBe('Vera');
    expect((await noraSip.message(`chat-${chatId}`, 'Yes, 3 left — ünïcode too')).status).toBe(200);
    const texts = (await messagesOf(team.ws, chatId)).filter((m) => m.from.kind === 'operator');
    expect(texts.map((m) => m.text)).toContain('Yes, 3 left — ünïcode too');
    expect(texts[0]?.from.uid).toBe(team.ops.nora!.uid);
  });

  it('expands canned shortcuts with their variables', async () => {
    expect((await noraSip.message(`chat-${chatId}`, '/hello')).status).toBe(200);
    const texts = (await messagesOf(team.ws, chatId)).map((m) => m.text);
    expect(texts).toContain('Hi Vera, Nora here.');
    const unknown = await noraSip.message(`chat-${chatId}`, '/nope');
    expect(unknown.status).toBe(400);
    await noraSip.waitFor((m) => m.text.includes('There is no canned response'));
  });

  it('transfers with /t and the receiver takes it with /a', async () => {
    expect((await noraSip.message(`chat-${chatId}`, '/t Otto')).status).toBe(200);
    const offer = await ottoSip.waitFor(
      (m) => m.from === `chat-${chatId}` && m.text.includes('transfer'),
    );
    expect(offer.text).toMatch(/Reply \/a/);
    expect((await ottoSip.message(`chat-${chatId}`, '/a')).status).toBe(200);
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({
      operatorId: team.ops.otto!.uid,
    });
  });

  it('refuses, changing nothing: chats not held, unknown chats, wrong types, oversize bodies', async () => {
    const before = (await messagesOf(team.ws, chatId)).length;
    const notHers = await noraSip.message(`chat-${chatId}`, 'still here?');
    expect(notHers.status).toBe(403);
    expect((await noraSip.message('chat-doesnotexist', 'hi')).status).toBe(404);
    expect((await ottoSip.message(`chat-${chatId}`, '<b>hi</b>', 'text/html')).status).toBe(415);
    expect((await ottoSip.message(`chat-${chatId}`, 'x'.repeat(9000))).status).toBe(413);
    expect((await ottoSip.message('nora', 'hi')).status).toBe(404);
    expect((await messagesOf(team.ws, chatId)).length).toBe(before);
  });

  it('closes the chat with /close', async () => {
    expect((await ottoSip.message(`chat-${chatId}`, '/close')).status).toBe(200);
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({ status: 'closed' });
    await ottoSip.waitFor((m) => m.text.includes('ended the chat'));
  });
});
