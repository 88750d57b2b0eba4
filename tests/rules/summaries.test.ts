/**
 * The summaries the functions keep (ADR 006, ADR 008): operators of the workspace read the
 * presence board; waiting visitors and operators read the queue's places board; the routing
 * summary and the queue are the functions' alone; no client writes any of them.
 */
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, OTHER_WS, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY, type Op } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('summaries');
const board = () => ({
  operators: { nora: { state: 'online', since: minutesAgo(5) } },
  updatedAt: minutesAgo(5),
});
const routing = () => ({
  operators: { nora: { active: true, maxChats: 5 } },
  presence: { nora: { state: 'online', activeChats: 0, at: minutesAgo(5) } },
  departments: {},
  urlRoutes: {},
  updatedAt: minutesAgo(5),
});
const queue = () => ({
  entries: { 'chat-1': { at: minutesAgo(1), pool: '*', places: 1 } },
  recentWaits: [30],
  updatedAt: minutesAgo(1),
});
const places = () => ({ places: { k3x9q2: 1 }, secondsPerPlace: 30, updatedAt: minutesAgo(1) });
/** The summaries exist, except for the create cell, which starts without them. */
const fixture = (op: Op) => ({
  ...baseFixture(),
  ...(op === 'create'
    ? {}
    : {
        [wsPath('summaries/presence')]: board(),
        [wsPath('summaries/routing')]: routing(),
        [wsPath('summaries/queue')]: queue(),
        [wsPath('summaries/queuePlaces')]: places(),
        [wsPath('summaries/presence', OTHER_WS)]: board(),
      }),
});

// Subject: the presence board of acme. Operators of acme read it (by id); nobody lists
// summaries or writes them.
describeMatrix(
  'summaries/presence: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    allow  deny   deny   deny   deny
  admin          allow  deny   deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('summaries/presence'))),
    list: (db) => getDocs(collection(db, wsPath('summaries'))),
    create: (db) => setDoc(doc(db, wsPath('summaries/presence')), board()),
    update: (db) =>
      updateDoc(doc(db, wsPath('summaries/presence')), { 'operators.nora.state': 'offline' }),
    delete: (db) => deleteDoc(doc(db, wsPath('summaries/presence'))),
  },
);

// Subject: the routing summary of acme: the functions' alone (it names everyone's load).
describeMatrix('summaries/routing: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, wsPath('summaries/routing'))),
  list: (db) => getDocs(collection(db, wsPath('summaries'))),
  create: (db) => setDoc(doc(db, wsPath('summaries/routing')), routing()),
  update: (db) =>
    updateDoc(doc(db, wsPath('summaries/routing')), { 'presence.nora.activeChats': 0 }),
  delete: (db) => deleteDoc(doc(db, wsPath('summaries/routing'))),
});

// Subject: the waiting queue of acme (ADR 008): the functions' alone (chat ids, arrival times).
describeMatrix('summaries/queue: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, wsPath('summaries/queue'))),
  list: (db) => getDocs(collection(db, wsPath('summaries'))),
  create: (db) => setDoc(doc(db, wsPath('summaries/queue')), queue()),
  update: (db) => updateDoc(doc(db, wsPath('summaries/queue')), { recentWaits: [] }),
  delete: (db) => deleteDoc(doc(db, wsPath('summaries/queue'))),
});

// Subject: the queue's places board of acme (ADR 008). A waiting visitor reads their place there
// (rules can't tell which workspace an anonymous visitor waits in, so any visitor may); operators
// of acme read it; nobody lists or writes it.
describeMatrix(
  'summaries/queuePlaces: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        allow  deny   deny   deny   deny
  otherVisitor   allow  deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    allow  deny   deny   deny   deny
  admin          allow  deny   deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('summaries/queuePlaces'))),
    list: (db) => getDocs(collection(db, wsPath('summaries'))),
    create: (db) => setDoc(doc(db, wsPath('summaries/queuePlaces')), places()),
    update: (db) => updateDoc(doc(db, wsPath('summaries/queuePlaces')), { secondsPerPlace: 10 }),
    delete: (db) => deleteDoc(doc(db, wsPath('summaries/queuePlaces'))),
  },
);

describe('summaries: across workspaces', () => {
  suite.useFixture(() => fixture('get'));
  it("an admin of another workspace cannot read acme's board, but reads their own", async () => {
    await deny(getDoc(doc(suite.db('foreignAdmin'), wsPath('summaries/presence'))));
    await allow(getDoc(doc(suite.db('foreignAdmin'), wsPath('summaries/presence', OTHER_WS))));
  });
});
