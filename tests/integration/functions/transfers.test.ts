/** requestTransfer (/t), acceptTransfer (/a), declineTransfer and transfer expiry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../../functions/src/scheduled/sweep.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  read,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let nora: Client;
let otto: Client;

beforeAll(async () => {
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin' },
      { key: 'nora', displayName: 'Nora Nilsen' },
      { key: 'otto', displayName: 'Otto' },
      { key: 'olga', displayName: 'Olga', presence: 'offline' },
      { key: 'sam1', displayName: 'Sam' },
      { key: 'sam2', displayName: 'Sam' },
    ],
  });
  [nora, otto] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.otto)]);
});

/** A chat Nora has accepted (offered to everyone online, Nora takes it). */
const norasChat = async () => (await acceptedChat(team.ws, nora)).chatId;

const transfer = (c: Client, chatId: string, toName: string) =>
  c.call('requestTransfer', { workspaceId: team.ws, chatId, toName });
/** The audit log's transfer entries about one chat, oldest first: [action, actor]. */
const transferAudit = async (chatId: string) =>
  (
    await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('target', '==', chatId)
      .get()
  ).docs
    .map((d) => d.data())
    .filter((entry) => String(entry.action).startsWith('transfer.'))
    .sort((a, b) => a.at.toMillis() - b.at.toMillis())
    .map((entry) => [entry.action, entry.actor]);
const presenceOf = async (key: string) =>
  (await read(team.ws, `presence/${team.ops[key]!.uid}`))?.activeChats as number;

describe('requestTransfer', () => {
  it('refuses unknown, ambiguous, self and offline names with clear messages', async () => {
    const chatId = await norasChat();
    await expectError(
      transfer(nora, chatId, 'Zed'),
      'invalid-argument',
      /No operator is called "Zed"/,
    );
    await expectError(transfer(nora, chatId, 'sam'), 'invalid-argument', /Several operators match/);
    await expectError(transfer(nora, chatId, 'nora nilsen'), 'invalid-argument', /yourself/);
    await expectError(transfer(nora, chatId, 'OLGA'), 'failed-precondition', /offline/);
    await expectError(transfer(nora, chatId, ''), 'invalid-argument');
    expect((await read(team.ws, `chats/${chatId}`))?.transfer).toBeUndefined();
  });

  it('is only for the operator of the chat', async () => {
    const chatId = await norasChat();
    await expectError(transfer(otto, chatId, 'Nora Nilsen'), 'permission-denied');
    await expectError(transfer(await signedIn(), chatId, 'Otto'), 'permission-denied');
  });

  it('hands the chat over when the receiver accepts with /a (no chat id needed)', async () => {
    const chatId = await norasChat();
    const before = { nora: await presenceOf('nora'), otto: await presenceOf('otto') };
    const requested = await transfer(nora, chatId, 'otto');
    expect(requested).toMatchObject({ chatId, to: team.ops.otto!.uid });
    expect(new Date(requested.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect((await read(team.ws, `chats/${chatId}`))?.transfer).toMatchObject({
      from: team.ops.nora!.uid,
      to: team.ops.otto!.uid,
    });
    await expectError(transfer(nora, chatId, 'otto'), 'failed-precondition', /already waiting/);
    // Only the receiver can accept.
    await expectError(
      (await signedIn(team.ops.ada)).call('acceptTransfer', { workspaceId: team.ws, chatId }),
      'permission-denied',
      /someone else/,
    );

    expect(await otto.call('acceptTransfer', { workspaceId: team.ws })).toEqual({ chatId });
    const chat = await read(team.ws, `chats/${chatId}`);
    expect(chat).toMatchObject({
      status: 'active',
      operatorId: team.ops.otto!.uid,
      operatorName: 'Otto',
    });
    expect(chat?.transfer).toBeUndefined();
    expect(await presenceOf('nora')).toBe(before.nora - 1);
    expect(await presenceOf('otto')).toBe(before.otto + 1);
    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .orderBy('sentAt')
      .get();
    expect(notes.docs.map((d) => d.data().text)).toEqual(
      expect.arrayContaining([
        'Nora Nilsen asked Otto to take over this chat.',
        'Nora Nilsen transferred the chat to Otto.',
      ]),
    );
    await expectError(
      otto.call('acceptTransfer', { workspaceId: team.ws }),
      'failed-precondition',
      /No transfer/,
    );
    // Every transfer step is audited (issue 14).
    expect(await transferAudit(chatId)).toEqual([
      ['transfer.requested', team.ops.nora!.uid],
      ['transfer.accepted', team.ops.otto!.uid],
    ]);
  });

  it('can be declined by the receiver or withdrawn by the sender', async () => {
    const chatId = await norasChat();
    await transfer(nora, chatId, 'Otto');
    await otto.call('declineTransfer', { workspaceId: team.ws, chatId });
    const chat = await read(team.ws, `chats/${chatId}`);
    expect(chat?.transfer).toBeUndefined();
    expect(chat?.operatorId).toBe(team.ops.nora!.uid);
    await transfer(nora, chatId, 'Otto');
    await nora.call('declineTransfer', { workspaceId: team.ws, chatId });
    expect((await read(team.ws, `chats/${chatId}`))?.transfer).toBeUndefined();
    await expectError(
      otto.call('declineTransfer', { workspaceId: team.ws, chatId }),
      'failed-precondition',
    );
    expect(await transferAudit(chatId)).toEqual([
      ['transfer.requested', team.ops.nora!.uid],
      ['transfer.declined', team.ops.otto!.uid],
      ['transfer.requested', team.ops.nora!.uid],
      ['transfer.cancelled', team.ops.nora!.uid],
    ]);
  });

  it('lapses after the timeout: /a is refused and the schedule withdraws it with a note', async () => {
    const chatId = await norasChat();
    await transfer(nora, chatId, 'Otto');
    // Age the request past the 60 s default.
    await admin()
      .db.doc(`workspaces/${team.ws}/chats/${chatId}`)
      .update({ 'transfer.requestedAt': new Date(Date.now() - 61_000) });
    await expectError(
      otto.call('acceptTransfer', { workspaceId: team.ws, chatId }),
      'failed-precondition',
      /expired/,
    );

    // The stack's own housekeeping may withdraw it first; either way it is withdrawn once.
    const report = await sweep(new Date(), team.ws);
    expect(report.errors).toBe(0);
    const chat = await read(team.ws, `chats/${chatId}`);
    expect(chat?.transfer).toBeUndefined();
    expect(chat?.operatorId).toBe(team.ops.nora!.uid);
    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .get();
    expect(notes.docs.map((d) => d.data().text)).toContain(
      'The transfer to Otto expired without an answer.',
    );
  });
});
