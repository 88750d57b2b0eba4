import type { Firestore } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { conversationKey } from '../conversation-key.ts';
import type { OutboxRow } from '../local-db.ts';
import { ConversationStore } from './conversation-store.ts';
import { OutboxStore } from './outbox-store.ts';

const key = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c1' });

function storeWith(outboxRows: Partial<OutboxRow>[]) {
  const outbox = new OutboxStore('nora', async () => {});
  outbox.rows.value = outboxRows.map((row, i) => ({
    id: `o${i}`,
    conversation: key,
    uid: 'nora',
    author: { uid: 'nora', name: 'Nora' },
    text: `typed ${i}`,
    createdAt: 10_000 + i,
    state: 'queued',
    attempts: 0,
    ...row,
  }));
  return new ConversationStore(key, {
    db: {} as Firestore,
    uid: 'nora',
    outbox,
    title: () => 'Vera',
  });
}

describe('ConversationStore.messages', () => {
  it('shows server messages, then unsent ones as sending or failed', () => {
    const store = storeWith([{}, { state: 'failed', lastError: 'closed' }]);
    store.server.value = [
      {
        id: 'm1',
        from: { kind: 'visitor', uid: 'v', name: 'Vera' },
        text: 'hi',
        sentAt: new Date(1),
      },
    ];
    expect(store.messages.value.map((m) => [m.id, m.delivery])).toEqual([
      ['m1', 'sent'],
      ['o0', 'sending'],
      ['o1', 'failed'],
    ]);
    expect(store.messages.value[2]?.error).toBe('closed');
  });

  it('shows a message once when the server copy arrives before the outbox row is removed', () => {
    const store = storeWith([{ id: 'same' }]);
    store.server.value = [
      {
        id: 'same',
        from: { kind: 'operator', uid: 'nora', name: 'Nora' },
        text: 'typed 0',
        sentAt: new Date(2),
        pending: true,
      },
    ];
    expect(store.messages.value).toHaveLength(1);
    expect(store.messages.value[0]?.delivery).toBe('sending');
  });

  it('counts unread messages from others after the read mark', () => {
    const store = storeWith([]);
    store.server.value = [
      { id: 'a', from: { kind: 'visitor', uid: 'v', name: 'V' }, text: '1', sentAt: new Date(100) },
      {
        id: 'b',
        from: { kind: 'operator', uid: 'nora', name: 'N' },
        text: '2',
        sentAt: new Date(200),
      },
      { id: 'c', from: { kind: 'visitor', uid: 'v', name: 'V' }, text: '3', sentAt: new Date(300) },
    ];
    expect(store.unread.value).toBe(2);
    store.readAt.value = 150;
    expect(store.unread.value).toBe(1);
  });
});
