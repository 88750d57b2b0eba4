import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIP_PASSWORD } from '../../../scripts/stack/seed-data.ts';
import type { ResetSipPasswordResponse } from '../../../utils/domain/callables.ts';
import {
  admin,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  setPresence,
  type TestWorkspace,
} from '../functions/support.ts';
import { runSipp, sippMissing } from './sipp.ts';
import { sipCredentials, startTestGateway, visitorSays } from './support.ts';

const missing = sippMissing();
if (missing) console.warn(`SIPp scenarios skipped: ${missing}`);

async function until<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// SIPp, a real SIP user agent, against the gateway: digest REGISTER, MESSAGE both ways, refusals.
describe.skipIf(missing !== null)(
  `SIP gateway with SIPp${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let team: TestWorkspace;
    let running: Awaited<ReturnType<typeof startTestGateway>>;
    let noraSip: ResetSipPasswordResponse;

    beforeAll(async () => {
      // SIPp answers only the first challenge and knows only MD5 ("authentication must use MD5
      // or AKAv1-MD5"), so this gateway offers MD5 first, as SIP_DIGEST=MD5,SHA-256 does.
      running = await startTestGateway({ digestAlgorithms: ['MD5', 'SHA-256'] });
      team = await makeWorkspace({
        operators: [{ key: 'nora' }, { key: 'otto', presence: 'offline' }],
      });
      noraSip = await sipCredentials(team.ws, team.ops.nora!);
    });
    afterAll(async () => {
      await running.gateway.stop();
      await closeClients();
    });

    for (const transport of ['u1', 't1'] as const) {
      it(`registers, gets the waiting offer, accepts, chats both ways, unregisters (${transport === 'u1' ? 'UDP' : 'TCP'})`, async () => {
        // A workspace of its own: what the other transport's run leaves behind (its unregistration,
        // its chat handed back) cannot change who is online for this one.
        const own = await makeWorkspace({ operators: [{ key: 'nora' }] });
        const nora = own.ops.nora!;
        const sip = await sipCredentials(own.ws, nora);
        // Online in the console, so routing offers her the chat before her SIP client registers;
        // the gateway then sends the waiting offer to the client on registration.
        await setPresence(own.ws, nora.uid, { state: 'online' });
        const { chatId, visitor } = await queuedChat(own.ws, { visitorName: 'Vera' });
        const reply = `Hello from SIPp over ${transport}`;
        const sipp = runSipp({
          scenario: 'register-and-chat.xml',
          gatewayPort: running.port,
          transport,
          user: sip.username,
          password: sip.password,
          keys: { domain: sip.domain, chat: `chat-${chatId}`, reply },
        });
        await until(async () => (await read(own.ws, `chats/${chatId}`))?.status === 'active');
        expect((await read(own.ws, `chats/${chatId}`))?.operatorId).toBe(nora.uid);
        await visitorSays(own.ws, chatId, visitor.auth.currentUser!.uid, 'Hello from the shop');
        const result = await sipp;
        expect(result.code, result.errors).toBe(0);
        const texts = (
          await admin()
            .db.collection(`workspaces/${own.ws}/chats/${chatId}/messages`)
            .where('from.kind', '==', 'operator')
            .get()
        ).docs.map((d) => d.data().text.trim());
        expect(texts).toEqual([reply]);
        // Unregistered at the end: no bindings left, and presence follows.
        expect((await read(own.ws, `sipRegistrations/${nora.uid}`))?.contacts).toEqual([]);
        expect((await read(own.ws, `presence/${nora.uid}`))?.state).toBe('offline');
      });
    }

    it('registers a seeded demo operator with the SIP password `npm start` prints', async () => {
      const result = await runSipp({
        scenario: 'register.xml',
        gatewayPort: running.port,
        user: 'nora',
        password: DEMO_SIP_PASSWORD,
        transport: 't1',
        keys: { domain: 'demo.chat.parley.test' },
      });
      expect(result.code, result.errors).toBe(0);
    });

    it('keeps the registrar rules: out-of-order CSeq refused, "Contact: *" removes all', async () => {
      const uid = team.ops.nora!.uid;
      const result = await runSipp({
        scenario: 'registrar-rules.xml',
        gatewayPort: running.port,
        user: noraSip.username,
        password: noraSip.password,
        keys: { domain: noraSip.domain },
      });
      expect(result.code, result.errors).toBe(0);
      expect((await read(team.ws, `sipRegistrations/${uid}`))?.contacts).toEqual([]);
    });

    it('refuses a wrong password and an unknown user (401, then 403)', async () => {
      for (const [user, password] of [
        [noraSip.username, 'wrong-password'],
        ['nobody', 'whatever'],
      ] as const) {
        const result = await runSipp({
          scenario: 'register-refused.xml',
          gatewayPort: running.port,
          user,
          password,
          keys: { domain: noraSip.domain },
        });
        expect(result.code, result.errors).toBe(0);
      }
      expect(running.logs.some((l) => l.includes('wrong password'))).toBe(true);
      expect(running.logs.some((l) => l.includes('unknown user'))).toBe(true);
    });

    it('answers malformed, oversize, wrongly typed and unauthorised requests and changes nothing', async () => {
      // A chat Otto holds; Nora may not write to it.
      const { db } = admin();
      await setPresence(team.ws, team.ops.otto!.uid, { state: 'online' });
      const { chatId } = await queuedChat(team.ws);
      await db.doc(`workspaces/${team.ws}/chats/${chatId}`).update({
        status: 'active',
        operatorId: team.ops.otto!.uid,
        offeredTo: [],
      });
      const before = (await db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`).get())
        .size;
      const result = await runSipp({
        scenario: 'bad-requests.xml',
        gatewayPort: running.port,
        user: noraSip.username,
        password: noraSip.password,
        keys: { domain: noraSip.domain, chat: `chat-${chatId}`, oversize: 'x'.repeat(9000) },
      });
      expect(result.code, result.errors).toBe(0);
      expect(
        (await db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`).get()).size,
      ).toBe(before);
    });
  },
);
