import { describe, expect, it } from 'vitest';
import { chatFromData } from '../collections/chats.ts';
import type { OperatorSession } from '../session.ts';
import { type ChatListsData, ChatListsStore } from './chat-lists-store.ts';

const operator = { uid: 'jules', workspaceId: 'demo', role: 'normal' } as OperatorSession;
const chat = (id: string, fields: Record<string, unknown> = {}) =>
  chatFromData(id, {
    status: 'active',
    operatorId: 'jules',
    visitor: { name: 'Vera' },
    createdAt: new Date(),
    ...fields,
  });
const lists = (data: Partial<ChatListsData>): ChatListsData => ({
  incoming: [],
  mine: [],
  transfersToMe: [],
  ongoing: [],
  internalChats: [],
  live: true,
  connected: true,
  error: null,
  ...data,
});
const ids = (chats: { id: string }[]) => chats.map((c) => c.id);

describe('ChatListsStore, chats whose messages I may no longer read', () => {
  it('hides a forgotten chat until the lists drop it, then shows it again when it comes back', () => {
    const store = new ChatListsStore(operator);
    store.apply(lists({ mine: [chat('a'), chat('b')] }));
    store.forget('a');
    expect(ids(store.mine.value)).toEqual(['b']);
    store.apply(lists({ mine: [chat('a'), chat('b')] }));
    expect(ids(store.mine.value)).toEqual(['b']);

    store.apply(lists({ mine: [chat('b')] }));
    // Transferred back to me: offered again, and noticed (the badge and notifications count it).
    const back = chat('a', { operatorId: 'nora', transfer: { to: 'jules', from: 'nora' } });
    store.apply(lists({ mine: [chat('b')], transfersToMe: [back] }));
    expect(ids(store.transfersToMe.value)).toEqual(['a']);
  });

  it('ignores forgetting a chat the lists no longer have', () => {
    const store = new ChatListsStore(operator);
    store.apply(lists({ mine: [chat('b')] }));
    store.forget('a');
    const back = chat('a', { operatorId: 'nora', transfer: { to: 'jules', from: 'nora' } });
    store.apply(lists({ mine: [chat('b')], transfersToMe: [back] }));
    expect(ids(store.transfersToMe.value)).toEqual(['a']);
  });
});
