import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIP_PASSWORD } from '../../../scripts/stack/seed-data.ts';
import type { ResetSipPasswordResponse } from '../../../utils/domain/callables.ts';
import {
  closeClients,
  makeWorkspace,
  read,
  setPresence,
  type TestWorkspace,
} from '../functions/support.ts';
import type { SipClient } from './sip-client.ts';
import { sipClientFor, sipCredentials, startTestGateway } from './support.ts';

describe('SIP gateway: REGISTER', () => {
  let team: TestWorkspace;
  let running: Awaited<ReturnType<typeof startTestGateway>>;
  let nora: ResetSipPasswordResponse;
  const clients: SipClient[] = [];
  const client = async (...args: Parameters<typeof sipClientFor>) => {
    const c = await sipClientFor(...args);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    running = await startTestGateway();
    team = await makeWorkspace({
      operators: [{ key: 'nora', presence: 'offline', lastSeenAgoMs: 600_000 }, { key: 'otto' }],
    });
    nora = await sipCredentials(team.ws, team.ops.nora!);
  });
  afterAll(async () => {
    for (const c of clients) c.stop();
    await running.gateway.stop();
    await closeClients();
  });

  it('gives a readable user name in the workspace domain and stores only digests', async () => {
    expect(nora.username).toMatch(/^nora/);
    expect(nora.domain).toBe(`${team.ws}.chat.parley.test`);
    const account = await read(team.ws, `sipAccounts/${nora.username}`);
    expect(account).toMatchObject({ uid: team.ops.nora!.uid, realm: nora.domain });
    expect(account?.ha1Md5).toMatch(/^[0-9a-f]{32}$/);
    expect(account?.ha1Sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(account)).not.toContain(nora.password);
    const operator = await read(team.ws, `operatorPrivate/${team.ops.nora!.uid}`);
    expect(operator?.sip).toMatchObject({
      username: nora.username,
      uri: `sip:${nora.username}@${nora.domain}`,
    });
  });

  it('registers with MD5 over UDP and SHA-256 over TCP; the operator comes online', async () => {
    const udp = await client(nora, running.port, { algorithm: 'MD5', transport: 'udp' });
    const response = await udp.register(300);
    expect(response.status).toBe(200);
    expect(response.headers.contact).toHaveLength(1);
    const presence = await read(team.ws, `presence/${team.ops.nora!.uid}`);
    expect(presence?.state).toBe('online');
    expect(Date.now() - presence?.lastSeen.toMillis()).toBeLessThan(10_000);

    const tcp = await client(nora, running.port, { algorithm: 'SHA-256', transport: 'tcp' });
    expect((await tcp.register(300)).status).toBe(200);
    const registration = await read(team.ws, `sipRegistrations/${team.ops.nora!.uid}`);
    expect(
      registration?.contacts.map((c: { flow: { protocol: string } }) => c.flow.protocol).sort(),
    ).toEqual(['TCP', 'UDP']);
  });

  it('shortens long intervals, refuses too-brief ones with 423, and unregisters with Expires: 0', async () => {
    const c = await client(nora, running.port);
    const long = await c.register(86_400);
    const contact = (long.headers.contact as { uri: string; params: { expires: string } }[]).find(
      (x) => x.uri.includes(':'),
    );
    expect(Number(contact?.params.expires)).toBeLessThanOrEqual(3600);
    const brief = await c.register(5);
    expect(brief.status).toBe(423);
    expect(brief.headers['min-expires']).toBe('60');
    expect((await c.register(0)).status).toBe(200);
  });

  it('refuses a wrong password and an unknown user with 403, then rate-limits the guesser', async () => {
    const c = await client(nora, running.port);
    expect((await c.register(300, 'not-the-password')).status).toBe(403);
    const stranger = await client({ ...nora, username: 'nobody' }, running.port);
    expect((await stranger.register(300)).status).toBe(403);
    for (let i = 0; i < 4; i++) await c.register(300, `guess-${i}`);
    // Even the right password is refused while the sender is blocked.
    const blocked = await c.register(300);
    expect(blocked.status).toBe(403);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(running.logs.some((l) => l.includes('wrong password'))).toBe(true);
  });

  it('leaves an "away" set in the console alone, and refreshes the heartbeat', async () => {
    const otto = team.ops.otto!;
    await setPresence(team.ws, otto.uid, { state: 'away', lastSeenAgoMs: 60_000 });
    const ottoSip = await client(await sipCredentials(team.ws, otto), running.port);
    expect((await ottoSip.register(120)).status).toBe(200);
    const presence = await read(team.ws, `presence/${otto.uid}`);
    expect(presence?.state).toBe('away');
    expect(Date.now() - presence?.lastSeen.toMillis()).toBeLessThan(10_000);
    expect((await ottoSip.register(0)).status).toBe(200);
  });

  it('lets a binding that was not refreshed expire, and the operator goes offline', async () => {
    const otto = team.ops.otto!;
    await setPresence(team.ws, otto.uid, { state: 'offline' });
    const ottoSip = await client(await sipCredentials(team.ws, otto), running.port);
    expect((await ottoSip.register(120)).status).toBe(200);
    expect((await read(team.ws, `presence/${otto.uid}`))?.state).toBe('online');
    // The gateway's 30 s sweep, run as if 121 s had passed without a refresh.
    await running.gateway.sweep(Date.now() + 121_000);
    expect((await read(team.ws, `sipRegistrations/${otto.uid}`))?.contacts).toEqual([]);
    expect((await read(team.ws, `presence/${otto.uid}`))?.state).toBe('offline');
  });

  it("registers the seeded demo operators with the summary's SIP password", async () => {
    const c = await client(
      { uid: '', username: 'otto', domain: 'demo.chat.parley.test', password: DEMO_SIP_PASSWORD },
      running.port,
    );
    expect((await c.register(120)).status).toBe(200);
    expect((await c.register(0)).status).toBe(200);
  });

  it('answers 404 for a domain that is no workspace', async () => {
    const c = await client({ ...nora, domain: 'example.com' }, running.port);
    expect((await c.register(300)).status).toBe(404);
  });
});
