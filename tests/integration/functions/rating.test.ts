/** rateChat: the visitor's verdict on a chat that has ended, on the chat and in History. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  team = await makeWorkspace({ operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }] });
  nora = await signedIn(team.ops.nora);
});

const summaries = async (chatId: string) =>
  (
    await admin()
      .db.collection(`workspaces/${team.ws}/chatHistory`)
      .where('chatId', '==', chatId)
      .get()
  ).docs.map((d) => d.data());

describe('rateChat', () => {
  it('records the rating on the chat and on every summary; rating again replaces it', async () => {
    const { visitor, chatId } = await acceptedChat(team.ws, nora);
    await visitor.call('closeChat', { workspaceId: team.ws, chatId });
    const rate = (rating: string, comment?: string) =>
      visitor.call('rateChat', { workspaceId: team.ws, chatId, rating, comment });

    expect(await rate('bad', '  Too slow.  ')).toEqual({ chatId });
    expect((await read(team.ws, `chats/${chatId}`))!.rating).toMatchObject({
      value: 'bad',
      comment: 'Too slow.',
    });
    const rated = await summaries(chatId);
    expect(rated).toHaveLength(2);
    for (const row of rated)
      expect(row).toMatchObject({ rating: 'bad', ratingComment: 'Too slow.' });

    const notes = await admin()
      .db.collection(`workspaces/${team.ws}/chats/${chatId}/messages`)
      .where('from.kind', '==', 'system')
      .get();
    expect(notes.docs.map((d) => d.data().text)).toContain('Vera rated this chat bad: “Too slow.”');

    await rate('good');
    for (const row of await summaries(chatId)) {
      expect(row.rating).toBe('good');
      expect(row.ratingComment).toBeUndefined();
    }
  });

  it('is the visitor’s alone, and only once the chat has ended', async () => {
    const { visitor, chatId } = await acceptedChat(team.ws, nora);
    const request = { workspaceId: team.ws, chatId, rating: 'good' };
    await expectError(
      visitor.call('rateChat', request),
      'failed-precondition',
      /once it has ended/,
    );
    await visitor.call('closeChat', { workspaceId: team.ws, chatId });
    await expectError(nora.call('rateChat', request), 'permission-denied');
    await expectError((await signedIn()).call('rateChat', request), 'permission-denied');
    await expectError(
      visitor.call('rateChat', { ...request, rating: 'great' }),
      'invalid-argument',
      /good or bad/,
    );
    await expectError(
      visitor.call('rateChat', { ...request, comment: 'x'.repeat(1001) }),
      'invalid-argument',
    );
  });
});
