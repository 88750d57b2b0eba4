import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatHistoryDoc } from './collections/chat-history.ts';
import { localHistoryCache } from './history-cache.ts';
import { ParleyDatabase, useLocalDb } from './local-db.ts';

let n = 0;
beforeEach(() => useLocalDb(new ParleyDatabase(`history-cache-${++n}`)));

const row: ChatHistoryDoc = {
  id: 'c1_nora',
  chatId: 'c1',
  scope: 'nora',
  outcome: 'closed',
  visitor: { uid: 'v1', name: 'Vera' },
  pageUrl: 'https://shop.example.com/',
  operatorIds: ['nora'],
  operatorNames: ['Nora'],
  createdAt: new Date('2026-12-01T10:00:00Z'),
  closedAt: new Date('2026-12-01T10:05:00Z'),
  messageCount: 4,
  rating: 'good',
  words: ['vera', 'lamp'],
};

describe('localHistoryCache', () => {
  it('keeps the first page with its dates, for that viewer and workspace only', async () => {
    const nora = localHistoryCache('demo', { uid: 'nora', role: 'normal' });
    expect(await nora.read()).toBeUndefined();
    await nora.save([row]);
    const [read] = (await nora.read()) ?? [];
    expect(read).toEqual(row);
    expect(read?.closedAt).toBeInstanceOf(Date);
    expect(
      await localHistoryCache('other', { uid: 'nora', role: 'normal' }).read(),
    ).toBeUndefined();
    expect(await localHistoryCache('demo', { uid: 'nora', role: 'admin' }).read()).toBeUndefined();
    expect(await localHistoryCache('demo', { uid: 'otto', role: 'normal' }).read()).toBeUndefined();
  });
});
