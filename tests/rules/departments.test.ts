import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedDelete, auditedSet, auditedUpdate } from './audited.ts';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('departments');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('departments/sales')]: { name: 'Sales', operatorIds: ['nora'] },
});

// Subject: department "sales". Operators read departments; admins manage them.
describeMatrix(
  'departments: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    allow  allow  deny   deny   deny
  admin          allow  allow  allow  allow  allow
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('departments/sales'))),
    list: (db) => getDocs(collection(db, wsPath('departments'))),
    create: (db, actor) =>
      auditedSet(db, actor, 'department.created', wsPath('departments/support'), {
        name: 'Support',
        operatorIds: ['otto'],
      }),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'department.updated', wsPath('departments/sales'), {
        operatorIds: ['nora', 'otto'],
      }),
    delete: (db, actor) =>
      auditedDelete(db, actor, 'department.deleted', wsPath('departments/sales')),
  },
);

describe('departments: field validation (admin writes)', () => {
  suite.useFixture(fixture);
  const create = (data: Record<string, unknown>) =>
    auditedSet(suite.db('admin'), 'admin', 'department.created', wsPath('departments/new'), data);

  it('accepts an empty member list and a 60-character unicode name', () =>
    allow(create({ name: 'Ü'.repeat(60), operatorIds: [] })));
  it('refuses an empty or overlong name', async () => {
    await deny(create({ name: '', operatorIds: [] }));
    await deny(create({ name: 'x'.repeat(61), operatorIds: [] }));
  });
  it('refuses a member list that is not a list or holds more than 100', async () => {
    await deny(create({ name: 'Sales', operatorIds: 'nora' }));
    await deny(
      create({ name: 'Sales', operatorIds: Array.from({ length: 101 }, (_, i) => `u${i}`) }),
    );
  });
  it('refuses extra and missing fields', async () => {
    await deny(create({ name: 'Sales', operatorIds: [], email: 'sales@acme.test' }));
    await deny(create({ name: 'Sales' }));
  });
});
