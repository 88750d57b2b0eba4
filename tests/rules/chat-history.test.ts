import {
  collection,
  deleteDoc,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('chat-history');

/** The summaries of closed chat c5 (visitor-1 with nora) as the functions write them. */
const entry = (scope: string) => ({
  chatId: 'c5',
  scope,
  outcome: 'closed',
  visitor: { uid: 'visitor-1', name: 'Zoë', email: 'zoe@example.test' },
  pageUrl: 'https://shop.example/pricing',
  operatorIds: ['nora'],
  operatorNames: ['Nora'],
  createdAt: minutesAgo(10),
  closedAt: minutesAgo(2),
  messageCount: 4,
  rating: 'none',
  words: ['zo', 'zoe', 'refund'],
});
const fixture = () => ({
  ...baseFixture(),
  [wsPath('chatHistory/c5')]: entry('*'),
  [wsPath('chatHistory/c5_nora')]: entry('nora'),
});
const history = (rest = '') => wsPath(`chatHistory${rest}`);
/** History's own query: one scope, newest first. */
const scopeQuery = (scope: string) => (db: Firestore) =>
  getDocs(
    query(
      collection(db, history()),
      where('scope', '==', scope),
      orderBy('closedAt', 'desc'),
      limit(51),
    ),
  );

// Subject: nora's summary of closed chat c5 (c5_nora). Admins read every summary; a normal
// operator only those listed for them; nobody writes (the functions do, at close).
describeMatrix(
  'chat history: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, history('/c5_nora'))),
    list: (db) => scopeQuery('nora')(db),
    create: (db, actor) => setDoc(doc(db, history(`/new_${actor}`)), entry('nora')),
    update: (db) => updateDoc(doc(db, history('/c5_nora')), { rating: 'good' }),
    delete: (db) => deleteDoc(doc(db, history('/c5_nora'))),
  },
);

describe('chat history: scopes', () => {
  suite.useFixture(fixture);
  it('a normal operator lists their own scope, even when it is empty', () =>
    allow(scopeQuery('otto')(suite.db('otherNormal'))));
  it('a normal operator cannot read the workspace’s rows, one or all', async () => {
    await deny(getDoc(doc(suite.db('normal'), history('/c5'))));
    await deny(scopeQuery('*')(suite.db('normal')));
    await deny(getDocs(collection(suite.db('normal'), history())));
  });
  it('an admin lists the workspace’s rows and any operator’s', async () => {
    await allow(scopeQuery('*')(suite.db('admin')));
    await allow(scopeQuery('otto')(suite.db('admin')));
  });
  it('the visitor of the chat reads no summary of it', () =>
    deny(getDoc(doc(suite.db('visitor'), history('/c5')))));
  it('another workspace’s admin lists nothing here', () =>
    deny(scopeQuery('*')(suite.db('foreignAdmin'))));
});
