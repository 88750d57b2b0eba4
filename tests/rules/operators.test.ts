import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, OTHER_WS, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('operators');

// Subject: operator "otto" of acme. Colleagues read the list; every account change goes through
// the createOperator/updateOperator/deleteOperator callables (admin SDK), so even admins are
// refused direct writes.
describeMatrix(
  'operators: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    allow  allow  deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  baseFixture,
  {
    get: (db) => getDoc(doc(db, wsPath('operators/otto'))),
    list: (db) => getDocs(collection(db, wsPath('operators'))),
    create: (db, actor) =>
      setDoc(doc(db, wsPath(`operators/new-${uidOf(actor) || 'anon'}`)), {
        displayName: 'Newbie',
        email: 'new@acme.test',
        role: 'normal',
        active: true,
        maxChats: 5,
        createdAt: minutesAgo(0),
      }),
    update: (db) => updateDoc(doc(db, wsPath('operators/otto')), { maxChats: 6 }),
    delete: (db) => deleteDoc(doc(db, wsPath('operators/otto'))),
  },
);

describe('operators: role and account changes only through callables', () => {
  suite.useFixture(baseFixture);

  it('seed manual, Normal role: cannot add a new user account', () =>
    deny(
      setDoc(doc(suite.db('normal'), wsPath('operators/sneaky')), {
        displayName: 'Sneaky',
        email: 'sneaky@acme.test',
        role: 'admin',
        active: true,
        maxChats: 5,
        createdAt: minutesAgo(0),
      }),
    ));
  it('a normal operator cannot make themself admin', () =>
    deny(updateDoc(doc(suite.db('normal'), wsPath('operators/nora')), { role: 'admin' })));
  it('a normal operator cannot even rename themself directly (updateOperator does it)', () =>
    deny(updateDoc(doc(suite.db('normal'), wsPath('operators/nora')), { displayName: 'N' })));
  it('an admin cannot change roles directly either (claims must follow: callables only)', () =>
    deny(updateDoc(doc(suite.db('admin'), wsPath('operators/otto')), { role: 'admin' })));
  it("an operator cannot read another workspace's operators", async () => {
    await deny(getDoc(doc(suite.db('normal'), wsPath('operators/fay', OTHER_WS))));
    await deny(getDocs(collection(suite.db('admin'), wsPath('operators', OTHER_WS))));
  });
});
