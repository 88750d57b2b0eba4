import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('invoices');
const invoice = (period: string) => ({
  period,
  seats: 3,
  seatPrice: 1900,
  total: 5700,
  currency: 'EUR',
  status: 'open',
  issuedAt: minutesAgo(60),
});
const fixture = () => ({ ...baseFixture(), [wsPath('invoices/2026-10')]: invoice('2026-10') });

// Subject: invoice 2026-10. Admins view invoices; only closeBillingPeriod issues them, so no
// client (admins included) creates, changes or deletes one.
describeMatrix(
  'invoices: who may do what',
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
    get: (db) => getDoc(doc(db, wsPath('invoices/2026-10'))),
    list: (db) => getDocs(collection(db, wsPath('invoices'))),
    create: (db) => setDoc(doc(db, wsPath('invoices/2026-11')), invoice('2026-11')),
    update: (db) => updateDoc(doc(db, wsPath('invoices/2026-10')), { status: 'paid' }),
    delete: (db) => deleteDoc(doc(db, wsPath('invoices/2026-10'))),
  },
);

describe('invoices: seed manual, Normal role', () => {
  suite.useFixture(fixture);
  it('cannot view invoices (neither one nor the list)', async () => {
    await deny(getDoc(doc(suite.db('normal'), wsPath('invoices/2026-10'))));
    await deny(getDocs(collection(suite.db('normal'), wsPath('invoices'))));
  });
  it('an admin cannot lower an invoice total', () =>
    deny(updateDoc(doc(suite.db('admin'), wsPath('invoices/2026-10')), { total: 0 })));
});
