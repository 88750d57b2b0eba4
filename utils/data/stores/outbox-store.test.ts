import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversationKey } from '../conversation-key.ts';
import { localDb, ParleyDatabase, useLocalDb } from '../local-db.ts';
import { enqueueMessage, pendingMessages } from '../outbox.ts';
import { OutboxStore } from './outbox-store.ts';

let n = 0;
let store: OutboxStore | undefined;
beforeEach(() => useLocalDb(new ParleyDatabase(`outbox-store-${++n}`)));
afterEach(() => store?.stop());

const chat = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c1' });

describe('OutboxStore', () => {
  it('sends a row another context left "sending" (the panel closed mid-send)', async () => {
    const row = await enqueueMessage(chat, { uid: 'otto', name: 'Otto' }, 'Typed, then closed.');
    // What the closed panel left behind: it had claimed the row, then went away.
    await localDb().outbox.update(row!.id, { state: 'sending', attempts: 1 });
    const sent: string[] = [];
    store = new OutboxStore('otto', async (r) => {
      sent.push(r.text);
    });
    store.start();
    await vi.waitFor(async () => expect(await pendingMessages('otto')).toEqual([]), 5_000);
    expect(sent).toEqual(['Typed, then closed.']);
  });

  it('leaves failed rows to the operator (Retry or Discard)', async () => {
    const row = await enqueueMessage(chat, { uid: 'otto', name: 'Otto' }, 'Refused.');
    await localDb().outbox.update(row!.id, { state: 'failed', lastError: 'chat closed' });
    const sent: string[] = [];
    store = new OutboxStore('otto', async (r) => {
      sent.push(r.text);
    });
    store.start();
    await vi.waitFor(() => expect(store?.rows.value).toHaveLength(1), 5_000);
    expect(sent).toEqual([]);
    expect(store.rows.value[0]?.state).toBe('failed');
  });
});
