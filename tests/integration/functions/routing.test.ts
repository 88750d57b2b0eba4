/** widgetStatus and startChat through the Functions emulator: validation and routing per mode. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  type Client,
  client,
  closeClients,
  expectError,
  makeWorkspace,
  PAGE,
  read,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

describe('widgetStatus', () => {
  let anonymous: Client;
  let all: TestWorkspace;
  beforeAll(async () => {
    anonymous = await signedIn();
    all = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }] });
  });

  it('answers without sign-in and says who can chat', async () => {
    const signedOut = client();
    expect(await signedOut.call('widgetStatus', { workspaceId: all.ws, pageUrl: PAGE })).toEqual({
      available: true,
      routingMode: 'all',
      departments: [],
    });
  });

  it('refuses bad input with invalid-argument and a clear message', async () => {
    await expectError(
      anonymous.call('widgetStatus', { workspaceId: all.ws }),
      'invalid-argument',
      /page address/,
    );
    await expectError(
      anonymous.call('widgetStatus', { workspaceId: 'a/b', pageUrl: PAGE }),
      'invalid-argument',
      /workspace id/,
    );
    await expectError(anonymous.call('widgetStatus', 'nonsense'), 'invalid-argument');
  });

  it('answers not-found for an unknown workspace', async () => {
    await expectError(
      anonymous.call('widgetStatus', { workspaceId: 'no-such-workspace', pageUrl: PAGE }),
      'not-found',
    );
  });

  it('is unavailable when operators are away, offline, stale, full and away, or inactive', async () => {
    const nobody = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin', presence: 'away' },
        { key: 'nora', presence: 'offline' },
        { key: 'otto', lastSeenAgoMs: 120_000 },
        { key: 'pia', maxChats: 2, activeChats: 2, presence: 'away' },
        { key: 'quin', active: false },
      ],
    });
    const status = await anonymous.call('widgetStatus', { workspaceId: nobody.ws, pageUrl: PAGE });
    expect(status.available).toBe(false);
  });

  it('is available when the only online operator is full: the visitor may wait in the queue', async () => {
    const busy = await makeWorkspace({ operators: [{ key: 'pia', maxChats: 2, activeChats: 2 }] });
    const status = await anonymous.call('widgetStatus', { workspaceId: busy.ws, pageUrl: PAGE });
    expect(status.available).toBe(true);
  });

  it('lists departments with their availability in departments mode', async () => {
    const team = await makeWorkspace({
      routingMode: 'departments',
      operators: [{ key: 'ada', role: 'admin', presence: 'offline' }, { key: 'nora' }],
      departments: [
        { id: 'sales', name: 'Sales', members: ['nora'] },
        { id: 'support', name: 'Support', members: ['ada'] },
      ],
    });
    expect(await anonymous.call('widgetStatus', { workspaceId: team.ws, pageUrl: PAGE })).toEqual({
      available: true,
      routingMode: 'departments',
      departments: [
        { id: 'sales', name: 'Sales', available: true },
        { id: 'support', name: 'Support', available: false },
      ],
    });
  });

  it('follows URL routes in url mode', async () => {
    const site = await makeWorkspace({
      routingMode: 'url',
      operators: [{ key: 'ada', role: 'admin', presence: 'offline' }, { key: 'nora' }],
      urlRoutes: [{ id: 'help', pattern: 'shop.example.com/help*', members: ['ada'] }],
    });
    const help = await anonymous.call('widgetStatus', {
      workspaceId: site.ws,
      pageUrl: 'http://shop.example.com/help/returns',
    });
    expect(help.available).toBe(false);
    const home = await anonymous.call('widgetStatus', { workspaceId: site.ws, pageUrl: PAGE });
    expect(home).toEqual({ available: true, routingMode: 'url', departments: [] });
  });
});

describe('startChat', () => {
  const start = (visitor: Client, ws: string, extra: Record<string, unknown> = {}) =>
    visitor.call('startChat', { workspaceId: ws, visitorName: 'Vera', pageUrl: PAGE, ...extra });

  it('needs a signed-in (anonymous) visitor', async () => {
    const team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }] });
    await expectError(start(client(), team.ws), 'unauthenticated');
  });

  it('refuses bad or oversize input', async () => {
    const team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }] });
    const visitor = await signedIn();
    await expectError(start(visitor, team.ws, { visitorName: '' }), 'invalid-argument', /name/i);
    await expectError(
      start(visitor, team.ws, { visitorName: 'V'.repeat(81) }),
      'invalid-argument',
      /at most 80/,
    );
    await expectError(
      start(visitor, team.ws, { visitorEmail: 'not-an-email' }),
      'invalid-argument',
      /email/i,
    );
    await expectError(
      start(visitor, team.ws, { pageUrl: 'javascript:alert(1)' }),
      'invalid-argument',
    );
  });

  it("'all' mode offers the chat to every available operator, with a system note", async () => {
    const team = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin' },
        { key: 'nora' },
        { key: 'otto', presence: 'away' },
        { key: 'pia', lastSeenAgoMs: 91_000 },
      ],
    });
    const visitor = await signedIn();
    const result = await start(visitor, team.ws, {
      visitorEmail: 'vera@example.com',
      referrer: 'https://search.example.org/?q=shoes',
    });
    if (!('chatId' in result) || !result.chatId) throw new Error('expected a chat');
    const chat = await read(team.ws, `chats/${result.chatId}`);
    expect(chat).toMatchObject({
      status: 'queued',
      visitor: { uid: visitor.auth.currentUser?.uid, name: 'Vera', email: 'vera@example.com' },
      pageUrl: PAGE,
      referrer: 'https://search.example.org/?q=shoes',
    });
    expect([...(chat?.offeredTo ?? [])].sort()).toEqual(
      [team.ops.ada!.uid, team.ops.nora!.uid].sort(),
    );
    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${result.chatId}/messages`)
      .get();
    expect(notes.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        from: { kind: 'system', name: 'Parley' },
        text: expect.stringMatching(/Vera/),
      }),
    ]);
  });

  it("'departments' mode offers the chat to the chosen department only", async () => {
    const team = await makeWorkspace({
      routingMode: 'departments',
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
      departments: [
        { id: 'sales', name: 'Sales', members: ['nora'] },
        { id: 'support', name: 'Support', members: ['otto', 'ada'] },
      ],
    });
    const visitor = await signedIn();
    const sales = await start(visitor, team.ws, { departmentId: 'sales' });
    const chat = await read(team.ws, `chats/${'chatId' in sales ? sales.chatId : ''}`);
    expect(chat).toMatchObject({ departmentId: 'sales', offeredTo: [team.ops.nora!.uid] });
    await expectError(
      start(visitor, team.ws, { departmentId: 'legal' }),
      'not-found',
      /department/,
    );
  });

  it("'url' mode offers the chat to the most specific route's operators", async () => {
    const team = await makeWorkspace({
      routingMode: 'url',
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
      urlRoutes: [
        { id: 'shop', pattern: 'shop.example.com/*', members: ['ada'] },
        { id: 'pricing', pattern: 'shop.example.com/pricing*', members: ['nora'] },
      ],
    });
    const visitor = await signedIn();
    const pricing = await start(visitor, team.ws, {
      pageUrl: 'http://shop.example.com/pricing/pro',
    });
    const chat = await read(team.ws, `chats/${'chatId' in pricing ? pricing.chatId : ''}`);
    expect(chat?.offeredTo).toEqual([team.ops.nora!.uid]);
  });

  it('answers {offline: true} when nobody can take the chat, and creates nothing', async () => {
    const team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin', presence: 'offline' }],
    });
    const visitor = await signedIn();
    expect(await start(visitor, team.ws)).toEqual({ offline: true });
    const chats = await admin().db.collection(`workspaces/${team.ws}/chats`).get();
    expect(chats.size).toBe(0);
  });

  it('limits a visitor to a few chats a minute', async () => {
    const team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }] });
    const visitor = await signedIn();
    for (let i = 0; i < 3; i++) expect(await start(visitor, team.ws)).toHaveProperty('chatId');
    await expectError(start(visitor, team.ws), 'resource-exhausted', /Too many chats started/);
    // Another visitor is not affected.
    expect(await start(await signedIn(), team.ws)).toHaveProperty('chatId');
  });
});
