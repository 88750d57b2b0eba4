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
import { describeMatrix } from './matrix.ts';
import { allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('audit-log');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('auditLog/e1')]: {
    actor: 'ada',
    action: 'operator.created',
    target: 'otto',
    at: minutesAgo(60),
  },
});
const entry = (actor: string, extra: Record<string, unknown> = {}) => ({
  actor,
  action: 'department.updated',
  target: 'sales',
  at: serverTimestamp(),
  ...extra,
});

// Subject: audit entry e1. Admins read the log and append entries for their own Control Panel
// actions; the log is append-only (the functions add the rest with the admin SDK).
describeMatrix(
  'auditLog: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  allow  deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('auditLog/e1'))),
    list: (db) => getDocs(collection(db, wsPath('auditLog'))),
    create: (db, actor) => setDoc(doc(db, wsPath('auditLog/e2')), entry(uidOf(actor))),
    update: (db) => updateDoc(doc(db, wsPath('auditLog/e1')), { target: 'nora' }),
    delete: (db) => deleteDoc(doc(db, wsPath('auditLog/e1'))),
  },
);

describe('auditLog: entries are honest', () => {
  suite.useFixture(fixture);
  const add = (data: Record<string, unknown>) =>
    setDoc(doc(suite.db('admin'), wsPath('auditLog/new')), data);

  it('accepts details and an empty target', () =>
    allow(add(entry('ada', { target: '', details: { name: 'Sales', members: 2 } }))));
  it('refuses another actor, a client time or an odd action name', async () => {
    await deny(add(entry('otto')));
    await deny(add(entry('ada', { at: new Date() })));
    await deny(add(entry('ada', { action: 'Deleted everything' })));
    await deny(add(entry('ada', { action: 'created' })));
  });
  it('refuses extra fields and oversized details', async () => {
    await deny(add(entry('ada', { ip: '127.0.0.1' })));
    await deny(
      add(
        entry('ada', {
          details: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])),
        }),
      ),
    );
  });
});
