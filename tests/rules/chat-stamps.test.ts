/**
 * The visitor's rate-limit stamp (chats/{id}/stamps/visitor, ADR 006) as a document of its own:
 * only the chat's visitor writes it, only the rules read it. How it admits messages is in
 * visitor-rate-limit.test.ts.
 */
import { collection, deleteDoc, doc, getDoc, getDocs, setDoc } from 'firebase/firestore';
import { chatFixture, stampPath, visitorStamp } from './chat-fixture.ts';
import { minutesAgo } from './fixtures.ts';
import { describeMatrix, type Op } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('chat-stamps');

/** Chat c1 (visitor-1 with nora) with a stamp a minute old, except for the create cell. */
const fixture = (op: Op) => ({
  ...chatFixture(),
  ...(op === 'create' ? {} : { [stampPath('c1')]: { at: minutesAgo(1), messageId: 'm0' } }),
});

// Subject: c1's stamp. Its visitor creates and renews it (set, as the widget writes it with each
// message); nobody reads, lists or deletes stamps.
describeMatrix(
  'chats/stamps: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   allow  allow  deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          deny   deny   deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, stampPath('c1'))),
    list: (db) => getDocs(collection(db, stampPath('c1').replace(/\/visitor$/, ''))),
    create: (db) => setDoc(doc(db, stampPath('c1')), visitorStamp('m1')),
    update: (db) => setDoc(doc(db, stampPath('c1')), visitorStamp('m1')),
    delete: (db) => deleteDoc(doc(db, stampPath('c1'))),
  },
);
