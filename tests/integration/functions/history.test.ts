/**
 * History (ADR 007): the summaries the functions write when a chat ends, and the extension's
 * History queries run against them under the real rules.
 */
import { connectFirestoreEmulator, type Firestore, initializeFirestore } from 'firebase/firestore';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markMissed } from '../../../functions/src/scheduled/missed-chats.ts';
import {
  readHistoryPage,
  readVisitorHistory,
} from '../../../utils/data/collections/chat-history.ts';
import { readTranscript } from '../../../utils/data/collections/chat-messages.ts';
import { historyQuery, visitorHistoryQueries } from '../../../utils/domain/history.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  signedIn,
  stack,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;
let otto: Client;
let ada: Client;

beforeAll(async () => {
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin' },
      { key: 'nora', displayName: 'Nora' },
      { key: 'otto', displayName: 'Otto' },
    ],
  });
  [nora, otto, ada] = await Promise.all([
    signedIn(team.ops.nora),
    signedIn(team.ops.otto),
    signedIn(team.ops.ada),
  ]);
});

/** The web SDK's Firestore of a signed-in client: reads go through the rules. */
function firestoreOf(c: Client): Firestore {
  const db = initializeFirestore(c.auth.app, {});
  const [host, port] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, host!, Number(port));
  return db;
}

const say = (chatId: string, from: Record<string, string>, text: string) =>
  admin()
    .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
    .add({ from, text, sentAt: Timestamp.now() });

const entries = async (chatId: string) =>
  (
    await admin()
      .db.collection(`workspaces/${team.ws}/chatHistory`)
      .where('chatId', '==', chatId)
      .get()
  ).docs.map((d) => ({
    id: d.id,
    ...(d.data() as { scope: string; words: string[]; closedAt: unknown }),
  }));

describe('the summary of a chat that ends', () => {
  let chatId: string;

  beforeAll(async () => {
    ({ chatId } = await acceptedChat(team.ws, nora));
    const visitorUid = (await read(team.ws, `chats/${chatId}`))!.visitor.uid as string;
    await say(chatId, { kind: 'visitor', uid: visitorUid, name: 'Vera' }, 'Where is my parcel?');
    await say(chatId, { kind: 'operator', uid: team.ops.nora!.uid, name: 'Nora' }, 'Checking…');
    await nora.call('requestTransfer', { workspaceId: team.ws, chatId, toName: 'Otto' });
    await otto.call('acceptTransfer', { workspaceId: team.ws, chatId });
    await otto.call('closeChat', { workspaceId: team.ws, chatId });
  });

  it('is written once for the workspace and once for each operator who took part', async () => {
    const rows = await entries(chatId);
    const { nora: n, otto: o } = team.ops;
    expect(rows.map((row) => [row.id, row.scope]).sort()).toEqual(
      [
        [chatId, '*'],
        [`${chatId}_${n!.uid}`, n!.uid],
        [`${chatId}_${o!.uid}`, o!.uid],
      ].sort(),
    );
    expect(rows[0]).toMatchObject({
      chatId,
      outcome: 'closed',
      visitor: { name: 'Vera' },
      operatorIds: [n!.uid, o!.uid],
      operatorNames: ['Nora', 'Otto'],
      messageCount: 2,
      rating: 'none',
    });
    expect(rows[0]!.words).toEqual(expect.arrayContaining(['ve', 'vera', 'parcel', 'checking']));
    expect(rows[0]!.closedAt).toBeInstanceOf(Timestamp);
  });

  it('records who took part on the chat itself', async () => {
    expect((await read(team.ws, `chats/${chatId}`))!.participantIds).toEqual([
      team.ops.nora!.uid,
      team.ops.otto!.uid,
    ]);
  });

  it('stays as it was when the chat is closed again', async () => {
    const before = await entries(chatId);
    await otto.call('closeChat', { workspaceId: team.ws, chatId });
    expect(await entries(chatId)).toEqual(before);
  });

  it('lets Nora, who handed the chat on, find it and read its transcript', async () => {
    const db = firestoreOf(nora);
    const viewer = { uid: team.ops.nora!.uid, role: 'normal' as const };
    const found = await readHistoryPage(
      db,
      team.ws,
      historyQuery(viewer, { text: 'PARCEL' }),
      null,
    );
    expect(found.rows.map((row) => row.chatId)).toEqual([chatId]);
    const transcript = await readTranscript(db, team.ws, chatId);
    expect(transcript.map((m) => m.text)).toContain('Where is my parcel?');
  });
});

describe('the summary of a missed chat', () => {
  it('is the workspace’s only, with no operator', async () => {
    const { chatId } = await queuedChat(team.ws, { visitorName: 'Mia' });
    const chat = { id: chatId, ...(await read(team.ws, `chats/${chatId}`)) };
    expect(await markMissed(team.ws, chat as never, new Date())).toBe(true);
    expect(await entries(chatId)).toEqual([
      expect.objectContaining({ id: chatId, scope: '*', outcome: 'missed', operatorIds: [] }),
    ]);
  });
});

describe('History pages', () => {
  it('page newest first with a cursor, reading a page plus one', async () => {
    const closed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { chatId } = await acceptedChat(team.ws, otto);
      await otto.call('closeChat', { workspaceId: team.ws, chatId });
      closed.unshift(chatId);
    }
    const db = firestoreOf(otto);
    const spec = historyQuery({ uid: team.ops.otto!.uid, role: 'normal' }, {});
    const first = await readHistoryPage(db, team.ws, spec, null, 2);
    expect(first.rows.map((row) => row.chatId)).toEqual(closed.slice(0, 2));
    expect(first.reads).toBe(3);
    const second = await readHistoryPage(db, team.ws, spec, first.next, 2);
    expect(second.rows[0]!.chatId).toBe(closed[2]);
  });

  it('show an admin every chat of the workspace, and a colleague’s only to an admin', async () => {
    const adminSpec = historyQuery({ uid: team.ops.ada!.uid, role: 'admin' }, {});
    const all = await readHistoryPage(firestoreOf(ada), team.ws, adminSpec, null);
    expect(all.rows.every((row) => row.scope === '*')).toBe(true);
    expect(all.rows.length).toBeGreaterThanOrEqual(5);
    const ottoSpec = historyQuery(
      { uid: team.ops.ada!.uid, role: 'admin' },
      {
        operatorId: team.ops.otto!.uid,
      },
    );
    await expect(readHistoryPage(firestoreOf(nora), team.ws, ottoSpec, null)).rejects.toMatchObject(
      { code: 'permission-denied' },
    );
  });
});

describe('a returning visitor', () => {
  it('is known by their widget identity and their email, within what the viewer may see', async () => {
    const email = 'rosa@example.com';
    const rosa = await signedIn();
    const first = await queuedChat(team.ws, {
      visitor: rosa,
      visitorName: 'Rosa',
      visitorEmail: email,
    });
    // Make sure the chat rings whoever accepts, whatever the offer mode chose.
    const ring = (chatId: string, key: string) =>
      admin()
        .db.doc(`workspaces/${team.ws}/chats/${chatId}`)
        .update({ offeredTo: FieldValue.arrayUnion(team.ops[key]!.uid) });
    await ring(first.chatId, 'nora');
    await nora.call('acceptChat', { workspaceId: team.ws, chatId: first.chatId });
    await nora.call('closeChat', { workspaceId: team.ws, chatId: first.chatId });
    // Another browser: a new identity, the same email; Otto answers.
    const second = await queuedChat(team.ws, { visitorName: 'Rosa', visitorEmail: email });
    await ring(second.chatId, 'otto');
    await otto.call('acceptChat', { workspaceId: team.ws, chatId: second.chatId });
    await otto.call('closeChat', { workspaceId: team.ws, chatId: second.chatId });
    const visitor = { uid: rosa.auth.currentUser!.uid, email };

    const earlier = async (who: Client, viewer: { uid: string; role: 'admin' | 'normal' }) =>
      (
        await readVisitorHistory(
          firestoreOf(who),
          team.ws,
          visitorHistoryQueries(viewer, visitor),
          10,
        )
      ).map((row) => row.chatId);
    expect(await earlier(ada, { uid: team.ops.ada!.uid, role: 'admin' })).toEqual([
      second.chatId,
      first.chatId,
    ]);
    expect(await earlier(nora, { uid: team.ops.nora!.uid, role: 'normal' })).toEqual([
      first.chatId,
    ]);
  });
});
