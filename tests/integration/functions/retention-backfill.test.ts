/**
 * Retention and the History backfill (ADR 009): housekeeping's purge deletes transcripts older
 * than the workspace keeps them (messages, stamp, summaries, chat; audited; bounded per run);
 * backfillHistory gives chats that ended before History their summaries, once.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspacesCol } from '../../../functions/src/data/workspaces.ts';
import { purgeExpiredTranscripts } from '../../../functions/src/scheduled/retention.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;
let ada: Client;
const DAY = 86_400_000;

beforeAll(async () => {
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora', displayName: 'Nora' },
    ],
  });
  [nora, ada] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.ada)]);
});

const doc = (path: string) => admin().db.doc(`workspaces/${team.ws}/${path}`);
const workspace = async () => (await workspacesCol().doc(team.ws).get()).data()!;
const purge = async () => purgeExpiredTranscripts(team.ws, await workspace(), new Date());

/** A chat Nora answered and closed, then dated `daysAgo` days back (summaries included). */
async function endedChat(daysAgo: number): Promise<string> {
  const { chatId } = await acceptedChat(team.ws, nora);
  await doc(`chats/${chatId}/messages/m1`).set({
    from: { kind: 'operator', uid: team.ops.nora!.uid, name: 'Nora' },
    text: 'Anything else?',
    sentAt: Timestamp.now(),
  });
  await nora.call('closeChat', { workspaceId: team.ws, chatId });
  const closedAt = Timestamp.fromMillis(Date.now() - daysAgo * DAY);
  await doc(`chatHistory/${chatId}`).update({ closedAt });
  await doc(`chatHistory/${chatId}_${team.ops.nora!.uid}`).update({ closedAt });
  return chatId;
}

describe('purgeExpiredTranscripts', () => {
  it('keeps everything while the workspace keeps transcripts forever', async () => {
    await endedChat(400);
    expect(await purge()).toBe(0);
  });

  it('deletes the chats that ended before the retention, with everything of theirs, audited', async () => {
    const old = await endedChat(40);
    const recent = await endedChat(5);
    await workspacesCol().doc(team.ws).update({ transcriptRetentionDays: 30 });
    // The 400-day-old chat of the test before and this 40-day-old one.
    expect(await purge()).toBe(2);
    for (const path of [
      `chats/${old}`,
      `chats/${old}/messages/m1`,
      `chatHistory/${old}`,
      `chatHistory/${old}_${team.ops.nora!.uid}`,
    ])
      expect((await doc(path).get()).exists, path).toBe(false);
    expect((await doc(`chats/${recent}`).get()).exists).toBe(true);
    expect((await doc(`chatHistory/${recent}`).get()).exists).toBe(true);
    const audit = await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('action', '==', 'history.purged')
      .get();
    expect(audit.docs.map((d) => d.get('details'))).toEqual([
      expect.objectContaining({ chats: 2, days: 30 }),
    ]);
    expect(await purge()).toBe(0);
  });
});

describe('backfillHistory', () => {
  it('writes the summaries of a chat that ended before History, once', async () => {
    const closedAt = Timestamp.fromMillis(Date.now() - 3 * DAY);
    const chat = admin().db.collection(`workspaces/${team.ws}/chats`).doc();
    await chat.set({
      visitor: { uid: 'old-visitor', name: 'Olaf' },
      pageUrl: 'http://shop.example.com/',
      status: 'closed',
      offeredTo: [],
      operatorId: team.ops.nora!.uid,
      operatorName: 'Nora',
      createdAt: Timestamp.fromMillis(closedAt.toMillis() - 600_000),
      acceptedAt: Timestamp.fromMillis(closedAt.toMillis() - 590_000),
      closedAt,
      lastMessageAt: closedAt,
    });
    await chat.collection('messages').add({
      from: { kind: 'visitor', uid: 'old-visitor', name: 'Olaf' },
      text: 'My invoice is wrong',
      sentAt: Timestamp.fromMillis(closedAt.toMillis() - 300_000),
    });
    const pages = async () => {
      let written = 0;
      let after: string | undefined;
      for (;;) {
        const page = await ada.call('backfillHistory', { workspaceId: team.ws, after });
        written += page.written;
        if (!page.next) return written;
        after = page.next;
      }
    };
    expect(await pages()).toBe(1);
    const summary = (await doc(`chatHistory/${chat.id}`).get()).data()!;
    expect(summary).toMatchObject({ scope: '*', outcome: 'closed', messageCount: 1 });
    expect(summary.closedAt.toMillis()).toBe(closedAt.toMillis());
    expect(summary.words).toContain('invoice');
    expect((await doc(`chatHistory/${chat.id}_${team.ops.nora!.uid}`).get()).exists).toBe(true);
    expect(await pages()).toBe(0);
  });

  it('is for admins only', () =>
    expectError(nora.call('backfillHistory', { workspaceId: team.ws }), 'permission-denied'));
});
