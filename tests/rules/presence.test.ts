import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, type Op } from './matrix.ts';
import { allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('presence');
const presence = (state: string, activeChats = 0) => ({
  state,
  lastSeen: minutesAgo(1),
  activeChats,
});

/** Every actor's own presence exists, except for the create cell, which starts without it. */
const fixture = (op: Op, actor: string) => {
  const docs: Record<string, unknown> = {
    ...baseFixture(),
    [wsPath('presence/nora')]: presence('online', 2),
    [wsPath('presence/otto')]: presence('away'),
    [wsPath('presence/ada')]: presence('online'),
    [wsPath('presence/visitor-1')]: presence('online'),
    [wsPath('presence/visitor-2')]: presence('online'),
    [wsPath('presence/fay')]: presence('online'),
    // The document a signed-out caller aims at, so its update is judged by the rules, not NOT_FOUND.
    [wsPath('presence/anonymous')]: presence('online'),
  };
  if (op === 'create') delete docs[wsPath(`presence/${uidOf(actor as never)}`)];
  return docs as Record<string, Record<string, unknown>>;
};
const own = (actor: string) => wsPath(`presence/${uidOf(actor as never) || 'anonymous'}`);

// Subject: reads look at nora's presence; writes target the actor's OWN presence document
// (operators set their own presence; cross-operator writes are denied below).
describeMatrix(
  'presence: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  allow  allow  deny
  otherNormal    allow  allow  allow  allow  deny
  admin          allow  allow  allow  allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('presence/nora'))),
    list: (db) => getDocs(collection(db, wsPath('presence'))),
    create: (db, actor) =>
      setDoc(doc(db, own(actor)), { state: 'online', lastSeen: serverTimestamp(), activeChats: 0 }),
    update: (db, actor) =>
      updateDoc(doc(db, own(actor)), { state: 'away', lastSeen: serverTimestamp() }),
    delete: (db, actor) => deleteDoc(doc(db, own(actor))),
  },
);

describe('presence: field rules', () => {
  suite.useFixture(() => fixture('get', 'normal'));
  const mine = () => doc(suite.db('normal'), wsPath('presence/nora'));

  it("an operator cannot set a colleague's presence", async () => {
    await deny(
      updateDoc(doc(suite.db('normal'), wsPath('presence/otto')), {
        state: 'offline',
        lastSeen: serverTimestamp(),
      }),
    );
    await deny(
      updateDoc(doc(suite.db('admin'), wsPath('presence/nora')), {
        state: 'offline',
        lastSeen: serverTimestamp(),
      }),
    );
  });
  it('every update is a heartbeat: lastSeen must be server time', async () => {
    await deny(updateDoc(mine(), { state: 'away' }));
    await deny(updateDoc(mine(), { state: 'away', lastSeen: new Date() }));
    await allow(updateDoc(mine(), { state: 'away', lastSeen: serverTimestamp() }));
  });
  it('activeChats belongs to the functions', () =>
    deny(updateDoc(mine(), { activeChats: 0, lastSeen: serverTimestamp() })));
  it('state is online, away or offline', () =>
    deny(updateDoc(mine(), { state: 'busy', lastSeen: serverTimestamp() })));
  it('refuses unknown fields', () =>
    deny(updateDoc(mine(), { typing: true, lastSeen: serverTimestamp() })));
  it('creates with merge and without activeChats (the popup path), never with chats', async () => {
    await suite.ensure(fixture('create', 'normal'));
    await deny(setDoc(mine(), { state: 'online', lastSeen: serverTimestamp(), activeChats: 3 }));
    await allow(setDoc(mine(), { state: 'online', lastSeen: serverTimestamp() }, { merge: true }));
  });
});
