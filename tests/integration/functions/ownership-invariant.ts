/**
 * What must hold of a workspace's chats whatever failed on the way (issue 16): an active chat has
 * exactly one owner, an operator of the workspace, and no offer left; a queued chat has no owner
 * and is either offered to someone or waiting in the queue; the queue holds only queued chats;
 * each operator's activeChats counts exactly the active chats they own.
 */
import { expect } from 'vitest';
import { admin } from './support.ts';

export async function expectConsistentOwnership(ws: string): Promise<void> {
  const root = admin().db.collection('workspaces').doc(ws);
  const [chats, operators, presence, queue] = await Promise.all([
    root.collection('chats').get(),
    root.collection('operators').get(),
    root.collection('presence').get(),
    root.collection('summaries').doc('queue').get(),
  ]);
  const operatorIds = new Set(operators.docs.map((doc) => doc.id));
  const waiting = new Set(Object.keys(queue.get('entries') ?? {}));
  const owned = new Map<string, number>();
  for (const doc of chats.docs) {
    const chat = doc.data();
    const what = `chat ${doc.id} (${chat.status})`;
    if (chat.status === 'active') {
      expect(operatorIds.has(chat.operatorId), `${what} is owned by an operator`).toBe(true);
      expect(chat.offeredTo, `${what} is offered to nobody`).toEqual([]);
      if (chat.transfer)
        expect(chat.transfer.from, `${what}: its transfer is from its owner`).toBe(chat.operatorId);
      owned.set(chat.operatorId, (owned.get(chat.operatorId) ?? 0) + 1);
    } else if (chat.status === 'queued') {
      expect(chat.operatorId, `${what} has no owner`).toBeUndefined();
      expect(
        chat.offeredTo.length > 0 || waiting.has(doc.id),
        `${what} is offered or waiting`,
      ).toBe(true);
    } else {
      expect(['closed', 'missed'], what).toContain(chat.status);
      expect(chat.transfer, `${what} has no transfer left`).toBeUndefined();
    }
  }
  const queued = new Set(chats.docs.filter((d) => d.get('status') === 'queued').map((d) => d.id));
  for (const id of waiting) expect(queued.has(id), `queue entry ${id} is a queued chat`).toBe(true);
  for (const doc of presence.docs) {
    expect(doc.get('activeChats'), `activeChats of ${doc.id}`).toBe(owned.get(doc.id) ?? 0);
  }
}
