import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedDelete, auditedSet, auditedUpdate } from './audited.ts';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('payment-methods');
const nextYear = new Date().getUTCFullYear() + 1;
const card = (extra: Record<string, unknown> = {}) => ({
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: nextYear,
  holder: 'Ada Lovelace',
  isDefault: true,
  ...extra,
});
const fixture = () => ({ ...baseFixture(), [wsPath('paymentMethods/visa')]: card() });

// Subject: saved card "visa". Admins manage saved cards; normal operators can't even see them
// (seed manual). A card is stored as brand, last 4 digits, expiry and holder only.
describeMatrix(
  'paymentMethods: who may do what',
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
    get: (db) => getDoc(doc(db, wsPath('paymentMethods/visa'))),
    list: (db) => getDocs(collection(db, wsPath('paymentMethods'))),
    create: (db, actor) =>
      auditedSet(
        db,
        actor,
        'paymentMethod.added',
        wsPath('paymentMethods/mc'),
        card({ brand: 'mastercard', last4: '4444', isDefault: false }),
      ),
    update: (db, actor) =>
      auditedUpdate(db, actor, 'paymentMethod.updated', wsPath('paymentMethods/visa'), {
        isDefault: false,
      }),
    delete: (db, actor) =>
      auditedDelete(db, actor, 'paymentMethod.removed', wsPath('paymentMethods/visa')),
  },
);

describe('paymentMethods: seed manual, Normal role cannot manage saved cards', () => {
  suite.useFixture(fixture);
  const nora = () => suite.db('normal');
  it('cannot see them', async () => {
    await deny(getDoc(doc(nora(), wsPath('paymentMethods/visa'))));
    await deny(getDocs(collection(nora(), wsPath('paymentMethods'))));
  });
  it('cannot add, change the default or remove one', async () => {
    const visa = wsPath('paymentMethods/visa');
    await deny(
      auditedSet(nora(), 'normal', 'paymentMethod.added', wsPath('paymentMethods/mine'), card()),
    );
    await deny(auditedUpdate(nora(), 'normal', 'paymentMethod.madeDefault', visa, {}));
    await deny(auditedDelete(nora(), 'normal', 'paymentMethod.removed', visa));
    // Without an audit entry too.
    await deny(setDoc(doc(nora(), wsPath('paymentMethods/mine')), card({ isDefault: false })));
    await deny(updateDoc(doc(nora(), visa), { isDefault: false }));
    await deny(deleteDoc(doc(nora(), visa)));
  });
});

describe('paymentMethods: never a full card number', () => {
  suite.useFixture(fixture);
  const add = (data: Record<string, unknown>) =>
    auditedSet(
      suite.db('admin'),
      'admin',
      'paymentMethod.added',
      wsPath('paymentMethods/new'),
      data,
    );

  it('refuses a number, a CVC or any other extra field', async () => {
    await deny(add(card({ number: '4242424242424242' })));
    await deny(add(card({ cvc: '123' })));
  });
  it('last4 is exactly four digits', async () => {
    await deny(add(card({ last4: '4242424242424242' })));
    await deny(add(card({ last4: '424' })));
    await deny(add(card({ last4: '42a2' })));
    await deny(add(card({ last4: 4242 })));
  });
  it('checks brand, month, year, holder and the default flag', async () => {
    await deny(add(card({ brand: 'Visa Gold!' })));
    await deny(add(card({ expMonth: 13 })));
    await deny(add(card({ expMonth: 0 })));
    await deny(add(card({ expYear: String(nextYear) })));
    await deny(add(card({ holder: '' })));
    await deny(add(card({ holder: 'x'.repeat(81) })));
    await deny(add(card({ isDefault: 'yes' })));
  });
  it('refuses an expired card', async () => {
    await deny(add(card({ expYear: 2020 })));
    await allow(add(card({ expYear: nextYear + 5 })));
  });
  it('a saved card keeps its brand and digits (a new card is a new entry)', async () => {
    const update = (data: Record<string, unknown>) =>
      auditedUpdate(
        suite.db('admin'),
        'admin',
        'paymentMethod.updated',
        wsPath('paymentMethods/visa'),
        data,
      );
    await deny(update({ last4: '1111' }));
    await deny(update({ brand: 'amex' }));
    await allow(update({ expMonth: 1, expYear: nextYear + 2, holder: 'A. Lovelace' }));
  });
});
