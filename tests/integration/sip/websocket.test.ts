import { Messager, Registerer, RegistererState, UserAgent } from 'sip.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { freePort } from '../../../scripts/stack/ports.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  type TestWorkspace,
} from '../functions/support.ts';
import { sipCredentials, startTestGateway, visitorSays } from './support.ts';

// SIP.js (the maintained browser SIP library) needs a WebSocket; Node 20 has none built in.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

async function until(probe: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// SIP over WebSocket (RFC 7118) with an independent user agent, SIP.js: register, be offered a
// chat, accept, chat both ways. SIP.js knows only MD5 and does not choose among several digest
// challenges (it aborts on the SHA-256 one), so this gateway offers MD5 alone: SIP_DIGEST=MD5.
describe('SIP gateway over WebSocket with SIP.js', () => {
  let team: TestWorkspace;
  let running: Awaited<ReturnType<typeof startTestGateway>>;
  let ua: UserAgent;
  const inbox: { from: string; text: string }[] = [];

  beforeAll(async () => {
    const wsPort = await freePort();
    running = await startTestGateway({ digestAlgorithms: ['MD5'], wsPort });
    team = await makeWorkspace({ operators: [{ key: 'nora', presence: 'offline' }] });
    const credentials = await sipCredentials(team.ws, team.ops.nora!);
    ua = new UserAgent({
      uri: UserAgent.makeURI(`sip:${credentials.username}@${credentials.domain}`),
      transportOptions: { server: `ws://127.0.0.1:${wsPort}` },
      authorizationUsername: credentials.username,
      authorizationPassword: credentials.password,
      logLevel: 'error',
      delegate: {
        onMessage: (message) => {
          inbox.push({ from: message.request.from.uri.user ?? '', text: message.request.body });
          void message.accept();
        },
      },
    });
    await ua.start();
  });
  afterAll(async () => {
    await ua.stop();
    await running.gateway.stop();
    await closeClients();
  });

  it('registers, accepts an offered chat and chats both ways', async () => {
    const registerer = new Registerer(ua, { expires: 300 });
    await registerer.register();
    await until(() => registerer.state === RegistererState.Registered);
    const nora = team.ops.nora!;
    expect((await read(team.ws, `presence/${nora.uid}`))?.state).toBe('online');

    const { chatId, visitor } = await queuedChat(team.ws, { visitorName: 'Vera' });
    await until(() =>
      inbox.some((m) => m.from === `chat-${chatId}` && m.text.includes('Reply /a')),
    );
    const chatUri = UserAgent.makeURI(`sip:chat-${chatId}@${team.ws}.chat.parley.test`)!;
    await new Messager(ua, chatUri, 'accept').message();
    await until(async () => (await read(team.ws, `chats/${chatId}`))?.status === 'active');

    await visitorSays(team.ws, chatId, visitor.auth.currentUser!.uid, 'Hi over WebSocket');
    await until(() => inbox.some((m) => m.text === 'Hi over WebSocket'));
    await new Messager(ua, chatUri, 'Grüße from SIP.js').message();
    await until(async () => {
      const messages = await admin()
        .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
        .where('from.kind', '==', 'operator')
        .get();
      return messages.docs.some((d) => d.data().text === 'Grüße from SIP.js');
    });

    await registerer.unregister();
    await until(() => registerer.state === RegistererState.Unregistered);
  });
});
