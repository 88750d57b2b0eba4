import {
  collection,
  deleteDoc,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('report-days');
const row = (scope: string) => ({
  day: '2026-12-07',
  scope,
  chats: 3,
  missed: 1,
  responseCount: 2,
  responseMsTotal: 24_000,
  responseBuckets: { b1: 1, b2: 1 },
  durationCount: 2,
  durationMsTotal: 600_000,
  ratedGood: 1,
  ratedBad: 0,
  offlineMessages: 1,
});
const day = wsPath('reportDays/2026-12-07_*');
const fixture = () => ({
  ...baseFixture(),
  [day]: row('*'),
  [wsPath('reportDays/2026-12-07_nora')]: row('nora'),
});
/** The Reports panel's query: a range of days. */
const range = (db: Firestore) =>
  getDocs(
    query(
      collection(db, wsPath('reportDays')),
      where('day', '>=', '2026-12-01'),
      where('day', '<=', '2026-12-07'),
    ),
  );

// Subject: the workspace's figures of 2026-12-07 (ADR 009). Admins read the daily aggregates;
// the triggers write them; operators and visitors see none, not even their own row.
describeMatrix(
  'reportDays: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, day)),
    list: (db) => range(db),
    create: (db) => setDoc(doc(db, wsPath('reportDays/2026-12-08_*')), row('*')),
    update: (db) => updateDoc(doc(db, day), { chats: 300 }),
    delete: (db) => deleteDoc(doc(db, day)),
  },
);

describe('reportDays: an operator’s own figures', () => {
  it('a normal operator cannot read their own row either (reports are for admins)', async () => {
    await suite.ensure(fixture());
    await deny(getDoc(doc(suite.db('normal'), wsPath('reportDays/2026-12-07_nora'))));
  });
});
