/** acceptChat (first wins) and closeChat through the Functions emulator. */
import { afterAll, describe, expect, it } from 'vitest';
import {
  admin,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  queuedChat,
  read,
  signedIn,
} from './support.ts';

afterAll(closeClients);

const activeChats = async (ws: string, uid: string) =>
  (await read(ws, `presence/${uid}`))?.activeChats as number;

describe('acceptChat', () => {
  it('lets exactly one of two operators accepting at once win', async () => {
    // Ada off-line, so every chat rings exactly Nora and Otto (everyone at once).
    const team = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin', presence: 'offline' },
        { key: 'nora' },
        { key: 'otto' },
      ],
    });
    const [nora, otto] = await Promise.all([signedIn(team.ops.nora), signedIn(team.ops.otto)]);
    for (let round = 0; round < 3; round++) {
      const { chatId } = await queuedChat(team.ws);
      const results = await Promise.allSettled([
        nora.call('acceptChat', { workspaceId: team.ws, chatId }),
        otto.call('acceptChat', { workspaceId: team.ws, chatId }),
      ]);
      const winners = results.filter((r) => r.status === 'fulfilled');
      const losers = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.reason.code).toBe('functions/failed-precondition');
      expect(losers[0]!.reason.message).toMatch(/already accepted/);
      const winner = results[0]!.status === 'fulfilled' ? team.ops.nora! : team.ops.otto!;
      const chat = await read(team.ws, `chats/${chatId}`);
      expect(chat).toMatchObject({ status: 'active', operatorId: winner.uid, offeredTo: [] });
      expect(chat?.acceptedAt).toBeDefined();
    }
    // Three chats, each counted once for whoever won it.
    const total =
      (await activeChats(team.ws, team.ops.nora!.uid)) +
      (await activeChats(team.ws, team.ops.otto!.uid));
    expect(total).toBe(3);
  });

  it('names the operator on the chat and adds a "joined" note for the visitor', async () => {
    const team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }] });
    const { chatId } = await queuedChat(team.ws);
    const ada = await signedIn(team.ops.ada);
    expect(await ada.call('acceptChat', { workspaceId: team.ws, chatId })).toEqual({ chatId });
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({
      operatorId: team.ops.ada!.uid,
      operatorName: 'Ada',
    });
    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .orderBy('sentAt')
      .get();
    expect(notes.docs.map((d) => d.data().text)).toContain('Ada joined the chat.');
  });

  it('refuses visitors, other workspaces, chats not offered and full operators', async () => {
    const team = await makeWorkspace({
      operators: [
        { key: 'ada', role: 'admin' },
        { key: 'nora', presence: 'offline' },
        { key: 'otto', maxChats: 1 },
      ],
    });
    const other = await makeWorkspace({ operators: [{ key: 'eve', role: 'admin' }] });
    const { visitor, chatId } = await queuedChat(team.ws);
    const accept = (c: Client) => c.call('acceptChat', { workspaceId: team.ws, chatId });

    await expectError(accept(visitor), 'permission-denied', /not an operator/);
    await expectError(accept(await signedIn(other.ops.eve)), 'permission-denied');
    // Nora was offline when the chat started, so it was not offered to her.
    await expectError(accept(await signedIn(team.ops.nora)), 'permission-denied', /not offered/);
    await admin()
      .db.doc(`workspaces/${team.ws}/presence/${team.ops.otto!.uid}`)
      .update({ activeChats: 1 });
    await expectError(accept(await signedIn(team.ops.otto)), 'failed-precondition', /maximum/);
    await expectError(
      (await signedIn(team.ops.ada)).call('acceptChat', {
        workspaceId: team.ws,
        chatId: 'missing',
      }),
      'not-found',
    );
    await expectError(
      (await signedIn(team.ops.ada)).call('acceptChat', { workspaceId: team.ws }),
      'invalid-argument',
    );
  });
});

describe('closeChat', () => {
  it('lets the visitor end their chat and frees the operator slot', async () => {
    const team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }],
    });
    const { visitor, chatId } = await queuedChat(team.ws);
    const nora = await signedIn(team.ops.nora);
    await nora.call('acceptChat', { workspaceId: team.ws, chatId });
    expect(await activeChats(team.ws, team.ops.nora!.uid)).toBe(1);

    expect(await visitor.call('closeChat', { workspaceId: team.ws, chatId })).toEqual({ chatId });
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({ status: 'closed' });
    expect(await activeChats(team.ws, team.ops.nora!.uid)).toBe(0);
    // Closing again is harmless.
    expect(await nora.call('closeChat', { workspaceId: team.ws, chatId })).toEqual({ chatId });
    expect(await activeChats(team.ws, team.ops.nora!.uid)).toBe(0);
  });

  it('is refused to other visitors and to operators who do not own the chat', async () => {
    const team = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
    });
    const { chatId } = await queuedChat(team.ws);
    await (await signedIn(team.ops.nora)).call('acceptChat', { workspaceId: team.ws, chatId });
    await expectError(
      (await signedIn()).call('closeChat', { workspaceId: team.ws, chatId }),
      'permission-denied',
    );
    await expectError(
      (await signedIn(team.ops.otto)).call('closeChat', { workspaceId: team.ws, chatId }),
      'permission-denied',
    );
    // An admin may close any chat of the workspace.
    await (await signedIn(team.ops.ada)).call('closeChat', { workspaceId: team.ws, chatId });
    expect(await read(team.ws, `chats/${chatId}`)).toMatchObject({ status: 'closed' });
  });
});
