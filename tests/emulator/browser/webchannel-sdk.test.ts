/**
 * The unmodified firebase web SDK in headless Chromium against our emulator, over WebChannel:
 * once with the default transport (streaming back channel, CI=0) and once with
 * experimentalForceLongPolling (CI=1). Writes go over the Write stream, listeners and
 * getDoc/getDocs over the Listen stream, transactions over REST.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { deleteApp, getApps, initializeApp } from 'firebase-admin/app';
import {
  type Firestore as AdminFirestore,
  FieldValue,
  getFirestore,
} from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChannelSessionCount } from '../../../emulator/src/transport/webchannel/index.ts';
import type { ListenEvent } from './page/sdk-page.ts';
import { type BrowserFixture, startBrowserFixture } from './support/fixture.ts';
import type { SdkClient } from './support/sdk-client.ts';

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /{collection}/{rest=**} {
      allow read, write: if collection != 'locked' && collection != 'private';
    }
    match /private/{uid}/{rest=**} {
      allow read, write: if request.auth != null && request.auth.uid == uid;
    }
  }
}`;

type QueryEvent = Extract<ListenEvent, { kind: 'query' }>;
type DocEvent = Extract<ListenEvent, { kind: 'doc' }>;

const fromServer = (event: ListenEvent) => event.kind === 'error' || !event.fromCache;
const isQuery = (event: ListenEvent): event is QueryEvent => event.kind === 'query';
const isDoc = (event: ListenEvent): event is DocEvent => event.kind === 'doc';
const field = (event: ListenEvent, name: string) =>
  isDoc(event) ? (event.data as Record<string, unknown> | null)?.[name] : undefined;
const scores = (event: ListenEvent) =>
  isQuery(event) ? event.docs.map((d) => (d.data as { score: number }).score) : [];

let fixture: BrowserFixture;

/** firebase-admin talking gRPC to this suite's emulator (one app per project). */
function adminFirestore(projectId: string): AdminFirestore {
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${fixture.emulator.port}`;
  const name = `admin-${projectId}`;
  const app = getApps().find((a) => a.name === name) ?? initializeApp({ projectId }, name);
  return getFirestore(app);
}

beforeAll(async () => {
  fixture = await startBrowserFixture();
});

afterAll(async () => {
  // terminate() closes the gRPC channel now; deleteApp alone leaves it open a while.
  await Promise.all(getApps().map((app) => getFirestore(app).terminate()));
  await Promise.all(getApps().map((app) => deleteApp(app)));
  await fixture?.close();
});

const MODES = [
  { mode: 'streaming (default transport)', longPolling: false, projectId: 'demo-wc-streaming' },
  {
    mode: 'long-polling (experimentalForceLongPolling)',
    longPolling: true,
    projectId: 'demo-wc-longpoll',
  },
];

describe.each(MODES)('web SDK over WebChannel, $mode', ({ longPolling, projectId }) => {
  let alice: SdkClient;
  let bob: SdkClient;
  let anonymous: SdkClient;

  beforeAll(async () => {
    await fixture.putRules(projectId, RULES);
    alice = await fixture.open({ projectId, longPolling, uid: 'alice' });
    bob = await fixture.open({ projectId, longPolling, uid: 'bob' });
    anonymous = await fixture.open({ projectId, longPolling });
  });

  afterAll(async () => {
    for (const client of [alice, bob, anonymous]) {
      if (!client) continue;
      expect(client.pageErrors).toEqual([]);
      await client.terminate();
    }
  });

  it('sets, reads, updates and deletes a document (non-ASCII text included)', async () => {
    const text = `héllo wörld ✓ 😀 ${'ünïcödé '.repeat(2000)}`;
    await alice.set('crud/one', { text, n: 1, nested: { ok: true }, list: [1, 'two', null] });
    expect(await alice.get('crud/one')).toEqual({
      exists: true,
      data: { text, n: 1, nested: { ok: true }, list: [1, 'two', null] },
    });
    await alice.update('crud/one', { n: 2, 'nested.extra': '🚀' });
    expect((await bob.get('crud/one')).data).toMatchObject({
      n: 2,
      nested: { ok: true, extra: '🚀' },
    });
    await alice.set('crud/one', { added: 'yes' }, true);
    expect((await bob.get('crud/one')).data).toMatchObject({ n: 2, added: 'yes' });
    await alice.remove('crud/one');
    expect(await bob.get('crud/one')).toEqual({ exists: false, data: null });
  });

  it('commits a write batch atomically', async () => {
    await alice.batch([{ set: ['batch/a', { v: 1 }] }, { set: ['batch/b', { v: 2 }] }]);
    const docs = await bob.getAll('batch', [['orderBy', 'v', 'asc']]);
    expect(docs).toEqual([
      { id: 'a', data: { v: 1 } },
      { id: 'b', data: { v: 2 } },
    ]);
  });

  it('uses the transport the mode asks for', () => {
    const ci = new Set(alice.backChannels.map((url) => new URL(url).searchParams.get('CI')));
    expect([...ci]).toEqual([longPolling ? '1' : '0']);
    expect(webChannelSessionCount(fixture.emulator.core)).toBeGreaterThan(0);
  });

  it('delivers another client’s document changes to a document listener', async () => {
    const id = await alice.listenDoc('watched/doc');
    const first = await alice.eventWhere(id, fromServer);
    expect(first).toMatchObject({ kind: 'doc', exists: false });
    await bob.set('watched/doc', { v: 1, s: 'ü' });
    expect(await alice.eventWhere(id, (e) => field(e, 'v') === 1)).toMatchObject({
      exists: true,
      data: { v: 1, s: 'ü' },
    });
    await bob.update('watched/doc', { v: 2 });
    await alice.eventWhere(id, (e) => field(e, 'v') === 2);
    await bob.remove('watched/doc');
    await alice.eventWhere(id, (e) => isDoc(e) && !e.exists);
    await alice.unlisten(id);
  });

  it('reports added, modified and removed changes to a query listener', async () => {
    const id = await alice.listenQuery('chat', [['orderBy', 'n', 'asc']]);
    expect(await alice.eventWhere(id, fromServer)).toMatchObject({ kind: 'query', docs: [] });

    await bob.set('chat/m1', { n: 1, text: 'hi' });
    const added = await alice.eventWhere(id, (e) => isQuery(e) && e.docs.length === 1);
    expect((added as QueryEvent).changes).toEqual([
      { type: 'added', id: 'm1', oldIndex: -1, newIndex: 0 },
    ]);

    await bob.update('chat/m1', { text: 'edited' });
    const modified = await alice.eventWhere(id, (e) =>
      isQuery(e) ? (e.docs[0]?.data as { text?: string })?.text === 'edited' : false,
    );
    expect((modified as QueryEvent).changes).toEqual([
      { type: 'modified', id: 'm1', oldIndex: 0, newIndex: 0 },
    ]);

    await bob.remove('chat/m1');
    const removed = await alice.eventWhere(id, (e) => isQuery(e) && e.docs.length === 0);
    expect((removed as QueryEvent).changes).toEqual([
      { type: 'removed', id: 'm1', oldIndex: 0, newIndex: -1 },
    ]);
    await alice.unlisten(id);
  });

  it('keeps a where/orderBy/limit listener right as documents enter and leave it', async () => {
    await bob.batch([
      { set: ['scores/a', { team: 'red', score: 10 }] },
      { set: ['scores/b', { team: 'red', score: 20 }] },
      { set: ['scores/c', { team: 'red', score: 30 }] },
      { set: ['scores/d', { team: 'red', score: 40 }] },
      { set: ['scores/e', { team: 'red', score: 50 }] },
      { set: ['scores/f', { team: 'blue', score: 100 }] },
    ]);
    const top3 = [
      ['where', 'team', '==', 'red'],
      ['orderBy', 'score', 'desc'],
      ['limit', 3],
    ] as const;
    const id = await alice.listenQuery('scores', [...top3] as never);
    const same = (want: number[]) => (e: ListenEvent) =>
      fromServer(e) && JSON.stringify(scores(e)) === JSON.stringify(want);
    await alice.eventWhere(id, same([50, 40, 30]));

    await bob.update('scores/a', { score: 35 });
    const entered = (await alice.eventWhere(id, same([50, 40, 35]))) as QueryEvent;
    expect(entered.changes.map((c) => `${c.type}:${c.id}`).sort()).toEqual([
      'added:a',
      'removed:c',
    ]);

    await bob.update('scores/f', { team: 'red' });
    await alice.eventWhere(id, same([100, 50, 40]));
    await bob.remove('scores/e');
    await alice.eventWhere(id, same([100, 40, 35]));
    expect(await bob.getAll('scores', [...top3] as never)).toEqual([
      { id: 'f', data: { team: 'red', score: 100 } },
      { id: 'd', data: { team: 'red', score: 40 } },
      { id: 'a', data: { team: 'red', score: 35 } },
    ]);
    await alice.unlisten(id);
  });

  it('runs contending transactions from two clients without losing an increment', async () => {
    await Promise.all([
      (async () => {
        for (let i = 0; i < 4; i++) await alice.transactionAdd('counters/tx', 'n', 1);
      })(),
      (async () => {
        for (let i = 0; i < 4; i++) await bob.transactionAdd('counters/tx', 'n', 1);
      })(),
    ]);
    expect((await alice.get('counters/tx')).data).toEqual({ n: 8 });
  });

  it('fills serverTimestamp with the commit time and applies increment transforms', async () => {
    const id = await bob.listenDoc('stamps/one');
    await bob.eventWhere(id, fromServer);
    const before = Date.now();
    await alice.set('stamps/one', { at: { $serverTimestamp: true }, hits: { $increment: 2 } });
    await alice.update('stamps/one', { hits: { $increment: 3 } });
    const after = Date.now();
    const seen = await bob.eventWhere(id, (e) => field(e, 'hits') === 5);
    const at = field(seen, 'at') as { timestampMillis: number };
    expect(at.timestampMillis).toBeGreaterThanOrEqual(before - 2_000);
    expect(at.timestampMillis).toBeLessThanOrEqual(after + 2_000);
    await bob.unlisten(id);
  });

  it('denies a listener and a write by the rules, and the streams recover afterwards', async () => {
    const denied = await alice.listenDoc('private/bob');
    expect(await alice.eventWhere(denied, (e) => e.kind === 'error')).toMatchObject({
      kind: 'error',
      code: 'permission-denied',
    });
    const deniedQuery = await anonymous.listenQuery('locked');
    expect(await anonymous.eventWhere(deniedQuery, (e) => e.kind === 'error')).toMatchObject({
      code: 'permission-denied',
    });

    expect(await alice.attempt('set', 'private/bob', { x: 1 })).toEqual({
      ok: false,
      code: 'permission-denied',
    });
    expect(await anonymous.attempt('set', 'private/alice', { x: 1 })).toEqual({
      ok: false,
      code: 'permission-denied',
    });
    // The failed write ended the Write stream; the SDK opens a new one for the next write.
    expect(await alice.attempt('set', 'private/alice', { mine: true })).toEqual({ ok: true });
    const own = await alice.listenDoc('private/alice');
    await alice.eventWhere(own, (e) => field(e, 'mine') === true && fromServer(e));
    expect(await anonymous.attempt('get', 'private/alice')).toEqual({
      ok: false,
      code: 'permission-denied',
    });
    await alice.unlisten(own);
  });

  it('resumes listeners after the network was disabled and re-enabled', async () => {
    await bob.set('resume/doc', { v: 1 });
    const docId = await alice.listenDoc('resume/doc');
    await alice.eventWhere(docId, (e) => fromServer(e) && field(e, 'v') === 1);
    const queryId = await alice.listenQuery('resume');
    await alice.eventWhere(queryId, (e) => fromServer(e) && isQuery(e) && e.docs.length === 1);

    await alice.offline();
    await bob.update('resume/doc', { v: 2 });
    await bob.set('resume/other', { v: 3 });
    await sleep(300);
    await alice.online();

    await alice.eventWhere(docId, (e) => fromServer(e) && field(e, 'v') === 2);
    await alice.eventWhere(queryId, (e) => fromServer(e) && isQuery(e) && e.docs.length === 2);
    // And the resumed streams keep carrying live changes.
    await bob.update('resume/doc', { v: 4 });
    await alice.eventWhere(docId, (e) => field(e, 'v') === 4);
    await alice.unlisten(docId);
    await alice.unlisten(queryId);
  });

  it('carries documents bigger than one streaming response, re-opening the back channel', async () => {
    const id = await alice.listenDoc('big/doc');
    await alice.eventWhere(id, fromServer);
    const getsBefore = alice.backChannels.length;
    for (let version = 1; version <= 4; version++) {
      // ~200 KB of UTF-8, ~600 KB once escaped to ASCII: past the 512 KB streaming cap.
      await bob.set('big/doc', { version, text: `${version}${'é'.repeat(100_000)}` });
      const seen = await alice.eventWhere(id, (e) => field(e, 'version') === version);
      expect((field(seen, 'text') as string).length).toBe(100_001);
    }
    expect(alice.backChannels.length).toBeGreaterThan(getsBefore);
    await alice.unlisten(id);
  });

  it('shows a listener what firebase-admin (gRPC) writes', async () => {
    const db = adminFirestore(projectId);
    const id = await alice.listenDoc('admin/doc');
    await alice.eventWhere(id, fromServer);
    await db.doc('admin/doc').set({ from: 'admin', at: FieldValue.serverTimestamp() });
    const seen = await alice.eventWhere(id, (e) => field(e, 'from') === 'admin');
    expect(field(seen, 'at')).toMatchObject({ timestampMillis: expect.any(Number) });
    await db.doc('admin/doc').delete();
    await alice.eventWhere(id, (e) => isDoc(e) && !e.exists);
    await alice.unlisten(id);
  });
});

describe('after the clients terminate', () => {
  it('leaves no WebChannel session behind', async () => {
    const deadline = Date.now() + 10_000;
    while (webChannelSessionCount(fixture.emulator.core) > 0 && Date.now() < deadline) {
      await sleep(100);
    }
    expect(webChannelSessionCount(fixture.emulator.core)).toBe(0);
  });
});
