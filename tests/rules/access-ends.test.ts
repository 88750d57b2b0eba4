/**
 * Access ends at once (ADR 005): an operator whose ID token still carries {ws, role} but who was
 * deactivated, deleted or demoted since it was minted is refused on their very next request,
 * because the rules check the operator's own document, not the claims alone.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { auditedUpdate } from './audited.ts';
import { chat, chatFixture } from './chat-fixture.ts';
import { WS, wsPath } from './fixtures.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('access-ends');

const deactivated = (uid: string) => {
  const docs = chatFixture();
  return {
    ...docs,
    [wsPath(`operators/${uid}`)]: { ...docs[wsPath(`operators/${uid}`)], active: false },
  };
};
const deleted = (uid: string) => {
  const docs = chatFixture();
  delete docs[wsPath(`operators/${uid}`)];
  delete docs[wsPath(`operatorPrivate/${uid}`)];
  return docs;
};
const demoted = () => {
  const docs = chatFixture();
  return {
    ...docs,
    [wsPath('operators/ada')]: { ...docs[wsPath('operators/ada')], role: 'normal' },
  };
};
const operatorMessage = (uid: string) => ({
  from: { kind: 'operator', uid, name: 'Nora' },
  text: 'Still here?',
  sentAt: serverTimestamp(),
});

describe('a deactivated operator with a valid token', () => {
  suite.useFixture(() => deactivated('nora'));
  const nora = () => suite.db('normal');

  it('can no longer read their chats or their messages', async () => {
    await deny(getDoc(doc(nora(), wsPath('chats/c1'))));
    await deny(
      getDocs(query(collection(nora(), wsPath('chats')), where('operatorId', '==', 'nora'))),
    );
    await deny(getDocs(collection(nora(), wsPath('chats/c1/messages'))));
  });
  // Deactivation hands their chats back in the same call (tests/integration/functions/
  // access-ends.test.ts): the chat that was theirs refuses them.
  it('can no longer write a message to the chat that was theirs', async () => {
    await suite.seed({
      [wsPath('chats/c1')]: chat('visitor-1', { status: 'queued', offeredTo: ['otto'] }),
    });
    await deny(setDoc(doc(nora(), wsPath('chats/c1/messages/late')), operatorMessage('nora')));
  });
  it("can no longer write to a colleague's chat", () =>
    deny(setDoc(doc(nora(), wsPath('chats/c2/messages/late')), operatorMessage('nora'))));
  it("can no longer read the workspace's colleagues, canned responses or presence", async () => {
    await deny(getDocs(collection(nora(), wsPath('operators'))));
    await deny(getDocs(collection(nora(), wsPath('cannedResponses'))));
    await deny(getDocs(collection(nora(), wsPath('presence'))));
  });
  it('still reads their own operator document, which is how the console learns it must sign out', async () => {
    const snapshot = await getDoc(doc(nora(), wsPath('operators/nora')));
    expect(snapshot.data()?.active).toBe(false);
  });
  it('the same request from an active colleague is allowed (the check is per operator)', () =>
    allow(getDoc(doc(suite.db('otherNormal'), wsPath('chats/c2')))));
});

describe('a deleted operator with a valid token', () => {
  suite.useFixture(() => deleted('nora'));
  const nora = () => suite.db('normal');

  it('is refused reads and writes', async () => {
    await deny(getDoc(doc(nora(), wsPath('chats/c1'))));
    await deny(getDocs(collection(nora(), wsPath('chats/c1/messages'))));
    await deny(setDoc(doc(nora(), wsPath('chats/c2/messages/late')), operatorMessage('nora')));
    await deny(getDoc(doc(nora(), `workspaces/${WS}`)));
  });
  it('sees that their operator document is gone', async () => {
    const snapshot = await getDoc(doc(nora(), wsPath('operators/nora')));
    expect(snapshot.exists()).toBe(false);
  });
  it('cannot bring their presence back (the heartbeat becomes a create, which is checked)', () =>
    deny(
      setDoc(doc(nora(), wsPath('presence/nora')), {
        state: 'online',
        lastSeen: serverTimestamp(),
      }),
    ));
});

describe('a demoted admin with a valid admin token', () => {
  suite.useFixture(demoted);
  const ada = () => suite.db('admin');

  it('loses the admin-only reads and writes at once', async () => {
    await deny(getDocs(collection(ada(), wsPath('invoices'))));
    await deny(getDoc(doc(ada(), wsPath('chats/c2'))));
    await deny(
      auditedUpdate(ada(), 'admin', 'workspace.routingChanged', `workspaces/${WS}`, {
        routingMode: 'url',
      }),
    );
  });
});

describe('what the check costs: where the claims, or the chat, are trusted', () => {
  it('a deactivated operator can still stamp their own presence (harmless: routing skips inactive accounts)', async () => {
    await suite.ensure(deactivated('nora'));
    await suite.seed({
      [wsPath('presence/nora')]: { state: 'online', lastSeen: new Date(), activeChats: 0 },
    });
    await allow(
      updateDoc(doc(suite.db('normal'), wsPath('presence/nora')), {
        state: 'away',
        lastSeen: serverTimestamp(),
      }),
    );
  });
  it("an operator's message to their own active chat is checked on the chat alone: allowed until the deactivation hands the chat back, a moment later in the same call", async () => {
    await suite.ensure(deactivated('nora'));
    await allow(
      setDoc(doc(suite.db('normal'), wsPath('chats/c1/messages/m')), operatorMessage('nora')),
    );
  });
});
