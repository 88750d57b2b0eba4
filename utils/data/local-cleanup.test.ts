import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { replaceCachedCanned } from './canned-cache.ts';
import { conversationKey } from './conversation-key.ts';
import { saveDraft } from './drafts.ts';
import { localHistoryCache } from './history-cache.ts';
import {
  forgetLocalData,
  LAST_OPERATOR_KEY,
  SIGNED_IN_STORAGE_KEYS,
  unsentMessageCount,
} from './local-cleanup.ts';
import { localDb, ParleyDatabase, useLocalDb } from './local-db.ts';
import { enqueueMessage } from './outbox.ts';
import { writePresenceIntent } from './presence-intent.ts';
import { rememberConversation } from './recent-conversations.ts';
import { indexMessages } from './search-index.ts';

let n = 0;
beforeEach(() => {
  useLocalDb(new ParleyDatabase(`cleanup-${++n}`));
});

const chat = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'c1' });
const message = {
  id: 'm1',
  from: { kind: 'visitor' as const, name: 'Zoë' },
  text: 'My order 4711',
  sentAt: new Date(),
};

describe('forgetLocalData (sign-out leaves nothing behind)', () => {
  it('empties every table of the local database and the signed-in storage keys', async () => {
    await saveDraft('nora', chat, 'half typed');
    await rememberConversation({
      uid: 'nora',
      conversation: chat,
      kind: 'chat',
      title: 'Zoë',
      messages: [message],
    });
    await replaceCachedCanned('demo', [
      { id: 'hello', shortcut: 'hello', text: 'Hi!', updatedAt: new Date() },
    ]);
    await indexMessages('nora', chat, 'Zoë', [{ ...message, authorName: 'Zoë' }]);
    await enqueueMessage(chat, { uid: 'nora', name: 'Nora' }, 'unsent');
    await localDb().readMarks.put({ key: `nora|${chat}`, readAt: 1 });
    await localHistoryCache('demo', { uid: 'nora', role: 'normal' }).save([]);
    await browser.storage.local.set({ [LAST_OPERATOR_KEY]: { uid: 'nora' } });
    await writePresenceIntent('nora', 'online');
    await browser.storage.local.set({ 'parley.firebaseSettings': { projectId: 'p' } });

    const db = localDb();
    for (const table of db.tables) expect(await table.count(), table.name).toBeGreaterThan(0);
    expect(await unsentMessageCount('nora')).toBe(1);

    await forgetLocalData();

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    const left = await browser.storage.local.get(null);
    for (const key of SIGNED_IN_STORAGE_KEYS) expect(left).not.toHaveProperty(key);
    // The Connection settings are not workspace data: the next person needs them to sign in.
    expect(left).toHaveProperty('parley.firebaseSettings');
  });
});
