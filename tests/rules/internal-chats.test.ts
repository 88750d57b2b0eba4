import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { internalChatId, internalChatMembers } from '../../utils/domain/paths.ts';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { type ActorName, allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('internal-chats');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('operators/zed')]: {
    displayName: 'Zed',
    email: 'zed@acme.test',
    role: 'normal',
    active: true,
    maxChats: 5,
    createdAt: minutesAgo(60),
  },
  [wsPath('internalChats/nora_zed')]: { members: ['nora', 'zed'], lastMessageAt: minutesAgo(3) },
});

/** Who an actor opens a new internal chat with (never themself). */
const colleagueOf = (actor: ActorName) => (uidOf(actor) === 'otto' ? 'ada' : 'otto');
const newChat = (me: string, other: string) => ({
  id: `${[me, other].sort().join('_')}`,
  data: { members: [me, other].sort(), lastMessageAt: serverTimestamp() },
});

// Subject: the internal chat between nora and zed. Members read and bump it; admins read all
// internal chats of their workspace; anyone in the workspace opens a chat with a colleague.
describeMatrix(
  'internalChats: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  allow  allow  deny
  otherNormal    deny   deny   allow  deny   deny
  admin          allow  allow  allow  deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('internalChats/nora_zed'))),
    list: (db) =>
      getDocs(
        query(collection(db, wsPath('internalChats')), where('members', 'array-contains', 'nora')),
      ),
    create: (db, actor) => {
      const { id, data } = newChat(uidOf(actor), colleagueOf(actor));
      return setDoc(doc(db, wsPath(`internalChats/${id}`)), data);
    },
    update: (db) =>
      updateDoc(doc(db, wsPath('internalChats/nora_zed')), { lastMessageAt: serverTimestamp() }),
    delete: (db) => deleteDoc(doc(db, wsPath('internalChats/nora_zed'))),
  },
);

describe('internalChats: opening a chat with a colleague', () => {
  suite.useFixture(fixture);
  const open = (id: string, data: Record<string, unknown>) =>
    setDoc(doc(suite.db('normal'), wsPath(`internalChats/${id}`)), data);

  it('uses the id and member order of utils/domain/paths.ts', () =>
    allow(
      open(internalChatId('otto', 'nora'), {
        members: internalChatMembers('otto', 'nora'),
        lastMessageAt: serverTimestamp(),
      }),
    ));
  it('refuses unsorted members or an id that does not match them', async () => {
    await deny(open('nora_otto', { members: ['otto', 'nora'], lastMessageAt: serverTimestamp() }));
    await deny(open('otto_nora', { members: ['otto', 'nora'], lastMessageAt: serverTimestamp() }));
    await deny(open('chat1', { members: ['nora', 'otto'], lastMessageAt: serverTimestamp() }));
  });
  it('refuses a chat the caller is not part of', () =>
    deny(open('otto_zed', { members: ['otto', 'zed'], lastMessageAt: serverTimestamp() })));
  it('refuses a colleague who is not an operator of this workspace', async () => {
    await deny(open('fay_nora', { members: ['fay', 'nora'], lastMessageAt: serverTimestamp() }));
    await deny(
      open('nora_visitor-1', { members: ['nora', 'visitor-1'], lastMessageAt: serverTimestamp() }),
    );
  });
  it('refuses three members, a client timestamp and extra fields', async () => {
    await deny(
      open('ada_nora_otto', { members: ['ada', 'nora', 'otto'], lastMessageAt: serverTimestamp() }),
    );
    await deny(open('nora_otto', { members: ['nora', 'otto'], lastMessageAt: new Date() }));
    await deny(
      open('nora_otto', {
        members: ['nora', 'otto'],
        lastMessageAt: serverTimestamp(),
        title: 'x',
      }),
    );
  });
  it('opens the chat and sends the first message in one batch', async () => {
    const db = suite.db('normal');
    const batch = writeBatch(db);
    batch.set(doc(db, wsPath('internalChats/nora_otto')), {
      members: ['nora', 'otto'],
      lastMessageAt: serverTimestamp(),
    });
    batch.set(doc(db, wsPath('internalChats/nora_otto/messages/m1')), {
      from: { uid: 'nora', name: 'Nora' },
      text: 'Got a minute?',
      sentAt: serverTimestamp(),
    });
    await allow(batch.commit());
  });
  it('a member cannot change the members', () =>
    deny(
      updateDoc(doc(suite.db('normal'), wsPath('internalChats/nora_zed')), {
        members: ['nora', 'otto'],
        lastMessageAt: serverTimestamp(),
      }),
    ));
  it('re-opening with a full set (same members) only bumps lastMessageAt', () =>
    allow(
      setDoc(doc(suite.db('normal'), wsPath('internalChats/nora_zed')), {
        members: ['nora', 'zed'],
        lastMessageAt: serverTimestamp(),
      }),
    ));
});
