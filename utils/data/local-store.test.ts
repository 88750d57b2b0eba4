import { beforeEach, describe, expect, it } from 'vitest';
import { cachedCanned, replaceCachedCanned } from './canned-cache.ts';
import { conversationKey, parseConversationKey } from './conversation-key.ts';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { ParleyDatabase, useLocalDb } from './local-db.ts';
import {
  cachedConversation,
  RECENT_LIMIT,
  recentConversations,
  rememberConversation,
} from './recent-conversations.ts';
import { indexMessages, searchMessages } from './search-index.ts';

let n = 0;
beforeEach(() => {
  useLocalDb(new ParleyDatabase(`test-${++n}`));
});

const chat1 = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c1' });
const chat2 = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c2' });

describe('conversation keys', () => {
  it('round-trip and refuse junk', () => {
    expect(parseConversationKey(chat1)).toEqual({ kind: 'chat', workspaceId: 'demo', id: 'c1' });
    expect(parseConversationKey('chat:demo')).toBeNull();
    expect(parseConversationKey('other:demo:x')).toBeNull();
  });
});

describe('drafts', () => {
  it('are kept per operator and conversation, and cleared', async () => {
    await saveDraft('nora', chat1, 'Hello the');
    await saveDraft('nora', chat2, 'Other');
    await saveDraft('otto', chat1, 'Not Nora');
    expect(await loadDraft('nora', chat1)).toBe('Hello the');
    expect(await loadDraft('otto', chat1)).toBe('Not Nora');
    await saveDraft('nora', chat1, '');
    expect(await loadDraft('nora', chat1)).toBe('');
    await clearDraft('nora', chat2);
    expect(await loadDraft('nora', chat2)).toBe('');
  });
});

describe('recent conversations', () => {
  it('keep the newest views per operator, with their last messages', async () => {
    for (let i = 0; i < RECENT_LIMIT + 3; i++) {
      await rememberConversation({
        uid: 'nora',
        conversation: conversationKey({ kind: 'chat', workspaceId: 'demo', id: `c${i}` }),
        kind: 'chat',
        title: `Visitor ${i}`,
        messages: [
          { id: 'm1', from: { kind: 'visitor', name: 'V' }, text: `hi ${i}`, sentAt: new Date(i) },
        ],
      });
    }
    const recent = await recentConversations('nora');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]?.title).toBe(`Visitor ${RECENT_LIMIT + 2}`);
    expect(await recentConversations('otto')).toEqual([]);
    const cached = await cachedConversation(
      'nora',
      conversationKey({ kind: 'chat', workspaceId: 'demo', id: `c${RECENT_LIMIT + 1}` }),
    );
    expect(cached?.messages[0]?.text).toBe(`hi ${RECENT_LIMIT + 1}`);
    expect(cached?.messages[0]?.sentAt).toBeInstanceOf(Date);
  });
});

describe('canned cache', () => {
  it('replaces a workspace cache and lists it by shortcut', async () => {
    const updatedAt = new Date();
    await replaceCachedCanned('demo', [
      { id: 'b', shortcut: 'thanks', text: 'Thanks', updatedAt },
      { id: 'a', shortcut: 'hello', text: 'Hi', updatedAt },
    ]);
    await replaceCachedCanned('other', [{ id: 'z', shortcut: 'zz', text: 'Z', updatedAt }]);
    expect((await cachedCanned('demo')).map((c) => c.shortcut)).toEqual(['hello', 'thanks']);
    await replaceCachedCanned('demo', [{ id: 'a', shortcut: 'hello', text: 'Hi', updatedAt }]);
    expect(await cachedCanned('demo')).toHaveLength(1);
    expect(await cachedCanned('other')).toHaveLength(1);
  });
});

describe('local full-text search', () => {
  it('finds messages containing every word prefix, newest first, only my own', async () => {
    await indexMessages('nora', chat1, 'Ada Visitor', [
      { id: 'm1', authorName: 'Ada', text: 'I want a refund for my order', sentAt: new Date(1000) },
      { id: 'm2', authorName: 'Nora', text: 'The refund is on its way', sentAt: new Date(2000) },
    ]);
    await indexMessages('nora', chat2, 'Bob', [
      { id: 'm3', authorName: 'Bob', text: 'Where is my ORDER?', sentAt: new Date(3000) },
    ]);
    await indexMessages('otto', chat2, 'Bob', [
      { id: 'm4', authorName: 'Bob', text: 'refund order', sentAt: new Date(4000) },
    ]);
    const hits = await searchMessages('nora', 'ord');
    expect(hits.map((h) => h.messageId)).toEqual(['m3', 'm1']);
    expect((await searchMessages('nora', 'refund order')).map((h) => h.messageId)).toEqual(['m1']);
    expect(await searchMessages('nora', 'nothing-like-this')).toEqual([]);
    expect(await searchMessages('nora', '   ')).toEqual([]);
  });

  it('re-indexing a message does not duplicate it', async () => {
    const message = { id: 'm1', authorName: 'A', text: 'hello world', sentAt: new Date() };
    await indexMessages('nora', chat1, 'T', [message]);
    await indexMessages('nora', chat1, 'T', [message]);
    expect(await searchMessages('nora', 'hello')).toHaveLength(1);
  });
});
