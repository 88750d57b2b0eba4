import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  type TestWorkspace,
} from '../functions/support.ts';
import type { SipClient } from './sip-client.ts';
import { sipClientFor, sipCredentials, startTestGateway } from './support.ts';

// Two gateway instances on one Firestore, as behind DNS SRV: a client that re-registers through
// the other instance belongs to it from then on, and gets each offer once, from it.
describe('SIP gateway: two instances share all state in Firestore', () => {
  let team: TestWorkspace;
  let a: Awaited<ReturnType<typeof startTestGateway>>;
  let b: Awaited<ReturnType<typeof startTestGateway>>;
  let nora: SipClient;

  beforeAll(async () => {
    const nonceSecret = randomBytes(32);
    [a, b] = await Promise.all([
      startTestGateway({ nonceSecret }),
      startTestGateway({ nonceSecret }),
    ]);
    team = await makeWorkspace({ operators: [{ key: 'nora', presence: 'offline' }] });
    nora = await sipClientFor(await sipCredentials(team.ws, team.ops.nora!), a.port);
  });
  afterAll(async () => {
    nora.stop();
    await Promise.all([a.gateway.stop(), b.gateway.stop()]);
    await closeClients();
  });

  it('moves a binding from one instance to the other and delivers once', async () => {
    const uid = team.ops.nora!.uid;
    expect((await nora.register(300)).status).toBe(200);
    expect((await read(team.ws, `sipRegistrations/${uid}`))?.contacts[0].instance).toBe(
      a.gateway.config.instanceId,
    );

    nora.moveTo(b.port);
    expect((await nora.register(300)).status).toBe(200);
    const contacts = (await read(team.ws, `sipRegistrations/${uid}`))?.contacts;
    expect(contacts).toHaveLength(1);
    expect(contacts[0].instance).toBe(b.gateway.config.instanceId);
    // Instance A learns at its next sweep that the client is no longer its to reach.
    await a.gateway.sweep();
    expect(a.gateway.bindings.isHeld(team.ws, uid)).toBe(false);
    expect(b.gateway.bindings.isHeld(team.ws, uid)).toBe(true);

    const { chatId } = await queuedChat(team.ws);
    await nora.waitFor((m) => m.from === `chat-${chatId}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(nora.inbox.filter((m) => m.from === `chat-${chatId}`)).toHaveLength(1);
  });
});
