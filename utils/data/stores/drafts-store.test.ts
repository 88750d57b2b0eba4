import { beforeEach, describe, expect, it } from 'vitest';
import { conversationKey } from '../conversation-key.ts';
import { loadDraft, saveDraft } from '../drafts.ts';
import { ParleyDatabase, useLocalDb } from '../local-db.ts';
import { DraftsStore } from './drafts-store.ts';

let n = 0;
beforeEach(() => useLocalDb(new ParleyDatabase(`drafts-store-${++n}`)));

const a = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'a' });
const b = conversationKey({ kind: 'chat', workspaceId: 'demo', id: 'b' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('DraftsStore', () => {
  it("keeps each conversation's draft when switching and persists it", async () => {
    const drafts = new DraftsStore('nora');
    drafts.set(a, 'half a sentence');
    drafts.set(b, 'another');
    expect(drafts.draft(a).value).toBe('half a sentence');
    expect(drafts.draft(b).value).toBe('another');
    await drafts.flush();
    expect(await loadDraft('nora', a)).toBe('half a sentence');
  });

  it('restores a stored draft in a new page', async () => {
    await saveDraft('nora', a, 'from before the restart');
    const drafts = new DraftsStore('nora');
    const draft = drafts.draft(a);
    await settle();
    expect(draft.value).toBe('from before the restart');
  });

  it('never lets a late stored draft overwrite fresh typing', async () => {
    await saveDraft('nora', a, 'old');
    const drafts = new DraftsStore('nora');
    drafts.set(a, 'typed just now');
    await settle();
    expect(drafts.draft(a).value).toBe('typed just now');
  });
});
