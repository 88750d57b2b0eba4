import {
  collection,
  deleteDoc,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { chat, chatFixture } from './chat-fixture.ts';
import { OTHER_WS, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { type ActorName, allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('chats');

const isVisitor = (actor: ActorName) => actor === 'visitor' || actor === 'otherVisitor';
const chats = (db: Firestore) => collection(db, wsPath('chats'));

// Subject: chat c1 (visitor-1 talking with nora). Visitors read their own chat; normal operators
// the chats offered to, assigned to or transferred to them; admins every chat of their workspace.
// List = the query for c1 that the actor's app would make (visitors by visitor.uid, operators by
// operatorId). Chats are created, routed, accepted and closed by callables only, and messages no
// longer touch the chat (ADR 006): no client writes a chat.
describeMatrix(
  'chats: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        allow  allow  deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  chatFixture,
  {
    get: (db) => getDoc(doc(db, wsPath('chats/c1'))),
    list: (db, actor) =>
      getDocs(
        isVisitor(actor)
          ? query(chats(db), where('visitor.uid', '==', 'visitor-1'))
          : query(chats(db), where('operatorId', '==', 'nora')),
      ),
    create: (db, actor) =>
      setDoc(doc(db, wsPath('chats/new')), {
        ...chat(uidOf(actor), { status: 'queued', offeredTo: [] }),
        createdAt: serverTimestamp(),
        lastMessageAt: serverTimestamp(),
      }),
    update: (db) => updateDoc(doc(db, wsPath('chats/c1')), { lastMessageAt: serverTimestamp() }),
    delete: (db) => deleteDoc(doc(db, wsPath('chats/c1'))),
  },
);

describe('chats: what a normal operator sees (seed manual: not other operators’ chat sessions)', () => {
  suite.useFixture(chatFixture);
  const nora = () => suite.db('normal');

  it("cannot read another operator's chat", () => deny(getDoc(doc(nora(), wsPath('chats/c2')))));
  it('cannot list all chats of the workspace', () => deny(getDocs(chats(nora()))));
  it("cannot list another operator's chats", () =>
    deny(getDocs(query(chats(nora()), where('operatorId', '==', 'otto')))));
  it('cannot list the ongoing chats the admin console shows', () =>
    deny(getDocs(query(chats(nora()), where('status', 'in', ['queued', 'active'])))));
  it('reads and lists chats offered to them', async () => {
    await allow(getDoc(doc(nora(), wsPath('chats/c3'))));
    await allow(
      getDocs(
        query(
          chats(nora()),
          where('offeredTo', 'array-contains', 'nora'),
          where('status', '==', 'queued'),
        ),
      ),
    );
  });
  it('reads and lists a chat being transferred to them', async () => {
    await allow(getDoc(doc(nora(), wsPath('chats/c4'))));
    await allow(getDocs(query(chats(nora()), where('transfer.to', '==', 'nora'))));
  });
  it('lists their active chats', () =>
    allow(
      getDocs(
        query(chats(nora()), where('operatorId', '==', 'nora'), where('status', '==', 'active')),
      ),
    ));
});

describe('chats: admins and visitors', () => {
  suite.useFixture(chatFixture);

  it("an admin reads every chat of their workspace (others' chat sessions included)", async () => {
    await allow(getDoc(doc(suite.db('admin'), wsPath('chats/c2'))));
    await allow(
      getDocs(query(chats(suite.db('admin')), where('status', 'in', ['queued', 'active']))),
    );
  });
  it("an admin cannot read another workspace's chats", async () => {
    await deny(getDoc(doc(suite.db('admin'), wsPath('chats/g1', OTHER_WS))));
    await deny(getDocs(collection(suite.db('admin'), wsPath('chats', OTHER_WS))));
  });
  it('a visitor cannot list all chats or read a chat that is not theirs', async () => {
    await deny(getDocs(chats(suite.db('visitor'))));
    await deny(getDoc(doc(suite.db('visitor'), wsPath('chats/c2'))));
  });
  it('a visitor lists their own chats', () =>
    allow(getDocs(query(chats(suite.db('visitor')), where('visitor.uid', '==', 'visitor-1')))));
});

describe('chats: fields only the callables write', () => {
  suite.useFixture(chatFixture);
  const forbidden: [string, unknown][] = [
    ['status', 'closed'],
    ['operatorId', 'otto'],
    ['operatorName', 'Mallory'],
    ['offeredTo', ['otto']],
    ['transfer', { from: 'nora', to: 'otto', requestedAt: new Date() }],
    ['visitor', { uid: 'visitor-1', name: 'Someone else' }],
    ['closedAt', new Date()],
  ];
  for (const actor of ['visitor', 'normal', 'admin'] as const) {
    it.each(forbidden)(`${actor} cannot write %s`, (field, value) =>
      deny(
        updateDoc(doc(suite.db(actor), wsPath('chats/c1')), {
          [field]: value,
          lastMessageAt: serverTimestamp(),
        }),
      ),
    );
  }
  it('not even lastMessageAt or the old visitor stamp fields, on an open or a queued chat', async () => {
    for (const actor of ['visitor', 'normal', 'admin'] as const)
      for (const chatId of ['c1', 'c3'])
        await deny(
          updateDoc(doc(suite.db(actor), wsPath(`chats/${chatId}`)), {
            lastMessageAt: serverTimestamp(),
            lastVisitorMessageAt: serverTimestamp(),
            lastVisitorMessageId: 'm1',
          }),
        );
  });
});
