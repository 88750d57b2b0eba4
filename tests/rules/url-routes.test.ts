import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedDelete, auditedSet, auditedUpdate } from './audited.ts';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('url-routes');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('urlRoutes/pricing')]: { pattern: 'shop.example/pricing', operatorIds: ['nora'] },
});

// Subject: URL route "pricing". Routing rules are an admin matter (startChat reads them with the
// admin SDK); normal operators neither see nor change them.
describeMatrix(
  'urlRoutes: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  allow  allow  allow
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('urlRoutes/pricing'))),
    list: (db) => getDocs(collection(db, wsPath('urlRoutes'))),
    create: (db, actor) =>
      auditedSet(db, actor, 'urlRoute.created', wsPath('urlRoutes/help'), {
        pattern: '*.shop.example/help',
        operatorIds: ['otto'],
      }),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'urlRoute.updated', wsPath('urlRoutes/pricing'), {
        operatorIds: ['otto'],
      }),
    delete: (db, actor) =>
      auditedDelete(db, actor, 'urlRoute.deleted', wsPath('urlRoutes/pricing')),
  },
);

describe('urlRoutes: field validation (admin writes)', () => {
  suite.useFixture(fixture);
  const create = (data: Record<string, unknown>) =>
    auditedSet(suite.db('admin'), 'admin', 'urlRoute.created', wsPath('urlRoutes/new'), data);

  it('accepts a 200-character pattern', () =>
    allow(create({ pattern: `shop.example/${'a'.repeat(187)}`, operatorIds: ['nora'] })));
  it('refuses empty, overlong or spaced patterns', async () => {
    await deny(create({ pattern: '', operatorIds: ['nora'] }));
    await deny(create({ pattern: `shop.example/${'a'.repeat(188)}`, operatorIds: ['nora'] }));
    await deny(create({ pattern: 'shop example', operatorIds: ['nora'] }));
  });
  it('refuses a non-list of operators and extra fields', async () => {
    await deny(create({ pattern: 'shop.example', operatorIds: { nora: true } }));
    await deny(create({ pattern: 'shop.example', operatorIds: [], enabled: true }));
  });
});
