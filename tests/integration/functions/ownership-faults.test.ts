/**
 * Fault: an accept or a transfer fails half-way (issue 16). The chat must never end up with two
 * owners or none, and every operator's activeChats must count exactly the chats they own.
 *
 * The failures are real and come from outside the product, with no switch in its code:
 * - **a competing write aborts the callable's transaction**: another transaction (a competing
 *   writer, competing-transaction.ts) has read the chat and the operators' documents and holds
 *   them while the callable runs into them; it then commits (an admin's rename, the operators'
 *   heartbeats), so Firestore aborts the callable's transaction after its reads and the admin
 *   SDK runs it again on the new data. This is what contention does in production: a heartbeat, a
 *   rename, housekeeping or a colleague's accept landing between a transaction's reads and its
 *   commit.
 * - **the caller's connection is cut mid-call**: the client gives up after a second
 *   (deadline-exceeded) while the function, held up by the competing writer, goes on; the caller
 *   cannot tell whether it went through and presses the button again, as an operator on a
 *   flaky network does.
 * - **competing calls**: the sender withdraws the transfer while the receiver accepts it; another
 *   visitor joins the queue while an admin takes the chat waiting in it.
 *
 * A function that dies before its commit leaves what an aborted transaction leaves: nothing, so
 * the retries above cover it too.
 */
import { FieldValue } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { holdDocuments } from './competing-transaction.ts';
import { expectConsistentOwnership } from './ownership-invariant.ts';
import {
  acceptedChat,
  admin,
  type Client,
  closeClients,
  makeWorkspace,
  queuedChat,
  read,
  routingSummarySettled,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

/** How long the competing writer holds the documents, and when the cut caller gives up. */
const HOLD_MS = 2_500;
const CUT_AFTER_MS = 1_000;

let team: TestWorkspace;
let nora: Client;
let otto: Client;
beforeAll(async () => {
  team = await makeWorkspace({
    operators: [
      { key: 'ada', role: 'admin', presence: 'offline' },
      { key: 'nora', displayName: 'Nora' },
      { key: 'otto', displayName: 'Otto' },
    ],
  });
  [nora, otto] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.otto)]);
});

const doc = (path: string) => admin().db.doc(`workspaces/${team.ws}/${path}`);
const uid = (key: string) => team.ops[key]!.uid;

/** The chat's system notes, oldest first. */
async function notes(chatId: string): Promise<string[]> {
  const messages = await doc(`chats/${chatId}`).collection('messages').orderBy('sentAt').get();
  return messages.docs.filter((m) => m.get('from.kind') === 'system').map((m) => m.get('text'));
}

/** The call's outcome: its result, or the error code it ended with. */
const settle = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? String(error),
  );

describe('a failure in the middle of an accept or a transfer', () => {
  // The first case renames Nora; each case starts from her own name.
  beforeEach(() => doc(`operators/${uid('nora')}`).update({ displayName: 'Nora' }));

  it('acceptChat: its transaction aborted by a competing write and its caller cut off, retried', async () => {
    const { chatId } = await queuedChat(team.ws);
    await doc(`chats/${chatId}`).update({ offeredTo: FieldValue.arrayUnion(uid('nora')) });
    const { held } = await holdDocuments(
      [doc(`chats/${chatId}`), doc(`operators/${uid('nora')}`), doc(`presence/${uid('nora')}`)],
      HOLD_MS,
      (tx) => {
        tx.update(doc(`operators/${uid('nora')}`), { displayName: 'Nora Renamed' });
        tx.update(doc(`presence/${uid('nora')}`), { lastSeen: FieldValue.serverTimestamp() });
      },
    );
    const cut = await settle(
      nora.call('acceptChat', { workspaceId: team.ws, chatId }, { timeoutMs: CUT_AFTER_MS }),
    );
    expect(cut).toBe('functions/deadline-exceeded');
    await held;

    // The function went on behind the cut connection, on the data the competing write left.
    await expect
      .poll(async () => (await read(team.ws, `chats/${chatId}`))?.status, { timeout: 15_000 })
      .toBe('active');
    // Nora presses Accept again, not knowing: the chat is hers, and counted once.
    expect(await nora.call('acceptChat', { workspaceId: team.ws, chatId })).toEqual({ chatId });
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({
      status: 'active',
      operatorId: uid('nora'),
      operatorName: 'Nora Renamed',
      participantIds: [uid('nora')],
    });
    expect((await notes(chatId)).filter((note) => note.includes('joined'))).toEqual([
      'Nora Renamed joined the chat.',
    ]);
    await expectConsistentOwnership(team.ws);
  });

  it('a transfer: the accept aborted, cut off and retried while the sender withdraws it', async () => {
    const { chatId } = await acceptedChat(team.ws, nora);
    await nora.call('requestTransfer', { workspaceId: team.ws, chatId, toName: 'Otto' });
    const { held } = await holdDocuments(
      [doc(`chats/${chatId}`), doc(`presence/${uid('nora')}`), doc(`presence/${uid('otto')}`)],
      HOLD_MS,
      (tx) => {
        for (const key of ['nora', 'otto'])
          tx.update(doc(`presence/${uid(key)}`), { lastSeen: FieldValue.serverTimestamp() });
      },
    );
    const [accepted, withdrawn] = await Promise.all([
      settle(
        otto.call('acceptTransfer', { workspaceId: team.ws, chatId }, { timeoutMs: CUT_AFTER_MS }),
      ),
      settle(nora.call('declineTransfer', { workspaceId: team.ws, chatId })),
    ]);
    expect(accepted).toBe('functions/deadline-exceeded');
    await held;

    // Whichever went through first, the other finds the transfer gone: settle, then Otto retries.
    await expect
      .poll(async () => (await read(team.ws, `chats/${chatId}`))?.transfer, { timeout: 15_000 })
      .toBeUndefined();
    const retried = await settle(otto.call('acceptTransfer', { workspaceId: team.ws, chatId }));
    const chat = (await read(team.ws, `chats/${chatId}`))!;
    const all = await notes(chatId);
    const chatNotes = all.slice(all.indexOf('Nora asked Otto to take over this chat.') + 1);
    if (chat.operatorId === uid('otto')) {
      // The accept won: the withdrawal came too late, and the retry finds the chat Otto's.
      expect(withdrawn).toBe('functions/failed-precondition');
      expect(retried).toBe('ok');
      expect(chatNotes).toEqual(['Nora transferred the chat to Otto.']);
    } else {
      expect(chat.operatorId).toBe(uid('nora'));
      expect(withdrawn).toBe('ok');
      expect(retried).toBe('functions/failed-precondition');
      expect(chatNotes).toEqual(['Nora cancelled the transfer.']);
    }
    expect(chat.status).toBe('active');
    await expectConsistentOwnership(team.ws);
  });

  it('an admin takes a chat waiting in the queue as another visitor joins: aborted, cut off, retried', async () => {
    const busy = await makeWorkspace({
      queueTimeoutSeconds: 600,
      operators: [
        { key: 'ada', role: 'admin', presence: 'offline' },
        { key: 'otto', maxChats: 1 },
      ],
    });
    const [ada, busyOtto] = await Promise.all([signedIn(busy.ops.ada), signedIn(busy.ops.otto)]);
    // Otto takes his one chat; the next visitor waits in the queue.
    await acceptedChat(busy.ws, busyOtto);
    await routingSummarySettled(busy.ws, busy.ops.otto!.uid);
    const { chatId } = await queuedChat(busy.ws, { visitorName: 'Vera' });
    const queue = admin().db.doc(`workspaces/${busy.ws}/summaries/queue`);
    const waiting = async () => Object.keys((await queue.get()).get('entries') ?? {});
    expect(await waiting()).toEqual([chatId]);

    // The queue summary is written by every join and leave; the holder writes it as they do.
    const { held } = await holdDocuments(
      [admin().db.doc(`workspaces/${busy.ws}/chats/${chatId}`), queue],
      HOLD_MS,
      (tx) => tx.set(queue, { updatedAt: FieldValue.serverTimestamp() }, { merge: true }),
    );
    const [cut, walt] = await Promise.all([
      settle(ada.call('acceptChat', { workspaceId: busy.ws, chatId }, { timeoutMs: CUT_AFTER_MS })),
      queuedChat(busy.ws, { visitorName: 'Walt' }),
    ]);
    expect(cut).toBe('functions/deadline-exceeded');
    await held;

    await expect
      .poll(async () => (await read(busy.ws, `chats/${chatId}`))?.status, { timeout: 15_000 })
      .toBe('active');
    expect(await ada.call('acceptChat', { workspaceId: busy.ws, chatId })).toEqual({ chatId });
    expect((await read(busy.ws, `chats/${chatId}`))?.operatorId).toBe(busy.ops.ada!.uid);
    // Vera left the queue with Ada; Walt, who joined meanwhile, is still in it.
    expect(await waiting()).toEqual([walt.chatId]);
    await expectConsistentOwnership(busy.ws);
  });
});
