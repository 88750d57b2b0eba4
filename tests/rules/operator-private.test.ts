import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { baseFixture, OTHER_WS, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('operator-private');

// Subject: otto's private operator fields (email, SIP details). Otto himself and admins read
// them; a colleague does not (ADR 005). The operator callables write them.
describeMatrix(
  'operatorPrivate: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    allow  deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  baseFixture,
  {
    get: (db) => getDoc(doc(db, wsPath('operatorPrivate/otto'))),
    list: (db) => getDocs(collection(db, wsPath('operatorPrivate'))),
    create: (db, actor) =>
      setDoc(doc(db, wsPath(`operatorPrivate/new-${uidOf(actor) || 'anon'}`)), {
        email: 'new@acme.test',
      }),
    update: (db) => updateDoc(doc(db, wsPath('operatorPrivate/otto')), { email: 'o@evil.test' }),
    delete: (db) => deleteDoc(doc(db, wsPath('operatorPrivate/otto'))),
  },
);

describe('operator documents: what a colleague sees', () => {
  suite.useFixture(baseFixture);

  it("a normal operator reads a colleague's public document, which holds no email or SIP details", async () => {
    const snapshot = await getDoc(doc(suite.db('normal'), wsPath('operators/otto')));
    expect(Object.keys(snapshot.data() ?? {}).sort()).toEqual(
      ['active', 'createdAt', 'displayName', 'maxChats', 'role'].sort(),
    );
  });
  it("a normal operator reads their own private fields but not a colleague's", async () => {
    const own = await getDoc(doc(suite.db('normal'), wsPath('operatorPrivate/nora')));
    expect(own.data()?.email).toBe('nora@acme.test');
    await deny(getDoc(doc(suite.db('normal'), wsPath('operatorPrivate/otto'))));
  });
  it("an admin cannot read another workspace's private fields", () =>
    deny(getDoc(doc(suite.db('admin'), wsPath('operatorPrivate/fay', OTHER_WS)))));
});
