/**
 * The seed manual's Normal role, line by line ("this operator will not be able to: add new user
 * account, view other operator's chat sessions, view invoices, manage save credit cards"), each
 * with the requests a forced page could make, all refused; and the Administrator doing the same.
 */
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { NORMAL_ROLE_LIMITS } from '../../utils/domain/permissions.ts';
import { auditedUpdate } from './audited.ts';
import { chatFixture } from './chat-fixture.ts';
import { minutesAgo, wsPath } from './fixtures.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('normal-role');
const fixture = () => ({
  ...chatFixture(),
  [wsPath('chats/c2/messages/m1')]: {
    from: { kind: 'visitor', uid: 'visitor-2', name: 'Max' },
    text: 'Hi',
    sentAt: minutesAgo(2),
  },
  [wsPath('invoices/2026-10')]: {
    period: '2026-10',
    seats: 3,
    seatPrice: 1900,
    total: 5700,
    currency: 'EUR',
    status: 'paid',
    issuedAt: minutesAgo(60),
  },
  [wsPath('paymentMethods/visa')]: {
    brand: 'visa',
    last4: '4242',
    expMonth: 12,
    expYear: new Date().getUTCFullYear() + 1,
    holder: 'Ada Lovelace',
    isDefault: true,
  },
});
const newOperator = {
  displayName: 'Newbie',
  email: 'new@acme.test',
  role: 'normal',
  active: true,
  maxChats: 5,
  createdAt: minutesAgo(0),
};

describe('seed manual: a Normal operator will not be able to', () => {
  suite.useFixture(fixture);
  const nora = () => suite.db('normal');

  it('lists the same four limits as utils/domain/permissions.ts', () => {
    expect(NORMAL_ROLE_LIMITS.map((limit) => limit.manual)).toHaveLength(4);
  });

  it('add new user account', async () => {
    await deny(setDoc(doc(nora(), wsPath('operators/newbie')), newOperator));
    await deny(updateDoc(doc(nora(), wsPath('operators/otto')), { active: false }));
    await deny(deleteDoc(doc(nora(), wsPath('operators/otto'))));
  });

  it("view other operator's chat sessions", async () => {
    await deny(getDoc(doc(nora(), wsPath('chats/c2'))));
    await deny(
      getDocs(query(collection(nora(), wsPath('chats')), where('operatorId', '==', 'otto'))),
    );
    await deny(getDocs(collection(nora(), wsPath('chats'))));
    await deny(getDoc(doc(nora(), wsPath('chats/c2/messages/m1'))));
    await deny(getDocs(collection(nora(), wsPath('chats/c2/messages'))));
  });

  it('view invoices', async () => {
    await deny(getDoc(doc(nora(), wsPath('invoices/2026-10'))));
    await deny(getDocs(collection(nora(), wsPath('invoices'))));
  });

  it('manage saved credit cards', async () => {
    await deny(getDocs(collection(nora(), wsPath('paymentMethods'))));
    await deny(getDoc(doc(nora(), wsPath('paymentMethods/visa'))));
    await deny(
      setDoc(doc(nora(), wsPath('paymentMethods/mine')), {
        brand: 'visa',
        last4: '1111',
        expMonth: 1,
        expYear: new Date().getUTCFullYear() + 2,
        holder: 'Nora',
        isDefault: false,
      }),
    );
    await deny(updateDoc(doc(nora(), wsPath('paymentMethods/visa')), { isDefault: false }));
    await deny(deleteDoc(doc(nora(), wsPath('paymentMethods/visa'))));
  });
});

describe('seed manual: an Administrator manages all aspects of the Control Panel', () => {
  suite.useFixture(fixture);
  const ada = () => suite.db('admin');

  it("views other operators' chat sessions", async () => {
    await allow(getDoc(doc(ada(), wsPath('chats/c2'))));
    await allow(getDocs(collection(ada(), wsPath('chats/c2/messages'))));
  });
  it('views invoices and manages saved cards', async () => {
    await allow(getDocs(collection(ada(), wsPath('invoices'))));
    await allow(
      auditedUpdate(ada(), 'admin', 'paymentMethod.updated', wsPath('paymentMethods/visa'), {
        isDefault: false,
      }),
    );
  });
  it('adds user accounts only through createOperator (direct writes refused for claims to follow)', () =>
    deny(setDoc(doc(ada(), wsPath('operators/newbie')), newOperator)));
});
