import { beforeEach, describe, expect, it } from 'vitest';
import { conversationKey } from './conversation-key.ts';
import { localDb, type OutboxRow, ParleyDatabase, useLocalDb } from './local-db.ts';
import {
  discardMessage,
  enqueueMessage,
  flushOutbox,
  newMessageId,
  pendingMessages,
  retryMessage,
  SendRefused,
} from './outbox.ts';

let n = 0;
beforeEach(() => useLocalDb(new ParleyDatabase(`outbox-${++n}`)));

const chat = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c1' });
const nora = { uid: 'nora', name: 'Nora' };

async function enqueueAll(...texts: string[]) {
  for (const text of texts) {
    await enqueueMessage(chat, nora, text);
    // createdAt must differ to keep typing order observable
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('outbox', () => {
  it('makes Firestore-style ids', () => {
    const id = newMessageId();
    expect(id).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(newMessageId()).not.toBe(id);
  });

  it('ignores blank text and normalizes what it keeps', async () => {
    expect(await enqueueMessage(chat, nora, '  \n ')).toBeNull();
    const row = await enqueueMessage(chat, nora, 'hello  \r\nthere  ');
    expect(row?.text).toBe('hello\nthere');
    await expect(enqueueMessage(chat, nora, 'x'.repeat(2001))).rejects.toThrow(/at most/);
  });

  it('sends in typing order and empties the queue', async () => {
    await enqueueAll('one', 'two', 'three');
    const sent: string[] = [];
    const result = await flushOutbox('nora', async (row) => {
      sent.push(row.text);
    });
    expect(sent).toEqual(['one', 'two', 'three']);
    expect(result).toEqual({ sent: 3, failed: 0, stalled: false });
    expect(await pendingMessages('nora')).toEqual([]);
  });

  it('stops at a network failure so nothing overtakes, and resumes later with the same ids', async () => {
    await enqueueAll('one', 'two');
    const ids = (await pendingMessages('nora')).map((r) => r.id);
    const first = await flushOutbox('nora', async () => {
      throw new Error('offline');
    });
    expect(first).toEqual({ sent: 0, failed: 0, stalled: true });
    const rows = await pendingMessages('nora');
    expect(rows.map((r) => [r.text, r.state, r.attempts])).toEqual([
      ['one', 'queued', 1],
      ['two', 'queued', 0],
    ]);
    const sentIds: string[] = [];
    await flushOutbox('nora', async (row) => {
      sentIds.push(row.id);
    });
    expect(sentIds).toEqual(ids);
  });

  it('marks a refused message failed, goes on, and can retry or discard it', async () => {
    await enqueueAll('to a closed chat', 'next');
    const result = await flushOutbox('nora', async (row: OutboxRow) => {
      if (row.text.startsWith('to a closed')) throw new SendRefused('The chat is closed.');
    });
    expect(result).toEqual({ sent: 1, failed: 1, stalled: false });
    const [failed] = await pendingMessages('nora');
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError).toBe('The chat is closed.');
    // A plain flush leaves it alone until the operator decides.
    expect((await flushOutbox('nora', async () => {})).sent).toBe(0);
    await retryMessage(failed!.id);
    expect((await flushOutbox('nora', async () => {})).sent).toBe(1);
    await enqueueAll('x');
    const [row] = await pendingMessages('nora');
    await discardMessage(row!.id);
    expect(await localDb().outbox.count()).toBe(0);
  });

  it("flushes only the signed-in operator's messages", async () => {
    await enqueueMessage(chat, { uid: 'otto', name: 'Otto' }, 'from otto');
    await enqueueAll('from nora');
    const sent: string[] = [];
    await flushOutbox('nora', async (row) => {
      sent.push(row.text);
    });
    expect(sent).toEqual(['from nora']);
    expect(await pendingMessages('otto')).toHaveLength(1);
  });

  it('never runs two flushes at once', async () => {
    await enqueueAll('a', 'b');
    const sent: string[] = [];
    const slow = async (row: OutboxRow) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(row.text);
    };
    await Promise.all([flushOutbox('nora', slow), flushOutbox('nora', slow)]);
    expect(sent).toEqual(['a', 'b']);
  });
});
