import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedDelete, auditedSet, auditedUpdate } from './audited.ts';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix, type Op } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('settings');
const offline = wsPath('settings/offline');
const fixture = (op?: Op) => ({
  ...baseFixture(),
  ...(op === 'create' ? {} : { [offline]: { recipientIds: ['ada'] } }),
});

// Subject: settings/offline (who receives off-line messages). Admins only; normal operators
// "may not change settings". The singleton is emptied, never deleted.
describeMatrix(
  'settings: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  allow  allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, offline)),
    list: (db) => getDocs(collection(db, wsPath('settings'))),
    create: (db, actor) =>
      auditedSet(db, actor, 'offlineRecipients.updated', offline, {
        recipientIds: ['ada', 'nora'],
      }),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'offlineRecipients.updated', offline, { recipientIds: [] }),
    delete: (db, actor) => auditedDelete(db, actor, 'offlineRecipients.updated', offline),
  },
);

describe('settings: field validation (admin writes)', () => {
  suite.useFixture(fixture);
  const admin = () => suite.db('admin');
  const set = (path: string, data: Record<string, unknown>) =>
    auditedSet(admin(), 'admin', 'offlineRecipients.updated', path, data);

  it('only the offline document exists', () =>
    deny(set(wsPath('settings/billing'), { recipientIds: [] })));
  it('recipientIds is a list of at most 100', async () => {
    await deny(set(offline, { recipientIds: 'ada' }));
    await deny(set(offline, { recipientIds: Array.from({ length: 101 }, (_, i) => `u${i}`) }));
    await allow(set(offline, { recipientIds: ['ada', 'otto'] }));
  });
  it('refuses extra fields', () =>
    deny(
      auditedUpdate(admin(), 'admin', 'offlineRecipients.updated', offline, {
        smtpPassword: 'secret',
      }),
    ));
});
