/**
 * Typing signals (chats/{id}/typing/{visitor|operator}, ADR 010): each side writes its own
 * document with server time only, never faster than every 2 s, and the other side reads it.
 */
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { chatFixture } from './chat-fixture.ts';
import { minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, type Op } from './matrix.ts';
import { type ActorName, allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('chat-typing');
const typing = (chatId: string, side: 'visitor' | 'operator') =>
  wsPath(`chats/${chatId}/typing/${side}`);
const isVisitor = (actor: ActorName) => actor === 'visitor' || actor === 'otherVisitor';
/** The signal an actor writes: visitors their side, everyone else the operator's. */
const signalOf = (actor: ActorName) =>
  isVisitor(actor) ? { at: serverTimestamp() } : { at: serverTimestamp(), name: 'Nora' };
const sideOf = (actor: ActorName) => (isVisitor(actor) ? 'visitor' : 'operator');

/** Chat c1 (visitor-1 with nora) with both signals a minute old, except for the create cell. */
const fixture = (op: Op) => ({
  ...chatFixture(),
  ...(op === 'create'
    ? {}
    : {
        [typing('c1', 'visitor')]: { at: minutesAgo(1) },
        [typing('c1', 'operator')]: { at: minutesAgo(1), name: 'Nora' },
      }),
});

// Subject: c1's signals. Get: the side the actor reads (visitors the operator's, operators the
// visitor's). Writes: the side the actor writes. Nobody lists or deletes them.
describeMatrix(
  'chats/typing: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        allow  deny   allow  allow  deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   allow  allow  deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  deny   allow  allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db, actor) => getDoc(doc(db, typing('c1', isVisitor(actor) ? 'operator' : 'visitor'))),
    list: (db) => getDocs(collection(db, wsPath('chats/c1/typing'))),
    create: (db, actor) => setDoc(doc(db, typing('c1', sideOf(actor))), signalOf(actor)),
    update: (db, actor) => setDoc(doc(db, typing('c1', sideOf(actor))), signalOf(actor)),
    delete: (db, actor) => deleteDoc(doc(db, typing('c1', sideOf(actor)))),
  },
);

describe('typing signals: what each side may write', () => {
  suite.useFixture(chatFixture);

  it('never faster than every 2 s (no write per keystroke)', async () => {
    const write = () =>
      setDoc(doc(suite.db('visitor'), typing('c1', 'visitor')), { at: serverTimestamp() });
    await suite.seed({ [typing('c1', 'visitor')]: { at: new Date(Date.now() - 500) } });
    await deny(write());
    await suite.seed({ [typing('c1', 'visitor')]: { at: new Date(Date.now() - 2500) } });
    await allow(write());
  });
  it('server time only, and nothing else', async () => {
    const visitor = suite.db('visitor');
    await deny(setDoc(doc(visitor, typing('c1', 'visitor')), { at: new Date() }));
    await deny(setDoc(doc(visitor, typing('c1', 'visitor')), { at: serverTimestamp(), x: 1 }));
    await deny(
      setDoc(doc(suite.db('normal'), typing('c1', 'operator')), {
        at: serverTimestamp(),
        name: '',
      }),
    );
  });
  it('each side writes only its own document', async () => {
    await deny(
      setDoc(doc(suite.db('visitor'), typing('c1', 'operator')), {
        at: serverTimestamp(),
        name: 'Nora',
      }),
    );
    await deny(setDoc(doc(suite.db('normal'), typing('c1', 'visitor')), { at: serverTimestamp() }));
  });
  it('not in a closed chat; operators not before the chat is theirs', async () => {
    await deny(
      setDoc(doc(suite.db('visitor'), typing('c5', 'visitor')), { at: serverTimestamp() }),
    );
    await deny(
      setDoc(doc(suite.db('normal'), typing('c3', 'operator')), {
        at: serverTimestamp(),
        name: 'Nora',
      }),
    );
  });
  it('the other visitor writes the signal of their own chat', () =>
    allow(
      setDoc(doc(suite.db('otherVisitor'), typing('c2', 'visitor')), { at: serverTimestamp() }),
    ));
});
