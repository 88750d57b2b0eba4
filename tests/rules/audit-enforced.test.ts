/**
 * Every admin change is audited, enforced (ADR 005): the rules refuse a Control Panel change
 * unless the same batch appends its audit entry and points the admin's audit head at it.
 */
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  writeBatch,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { auditedSet, auditedUpdate, withAudit } from './audited.ts';
import { baseFixture, minutesAgo, WS, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('audit-enforced');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('departments/sales')]: { name: 'Sales', operatorIds: ['nora'] },
  [wsPath('auditLog/old')]: {
    actor: 'ada',
    action: 'department.updated',
    target: 'sales',
    at: minutesAgo(5),
  },
  [wsPath('auditHeads/ada')]: { entryId: 'old', at: minutesAgo(5) },
});
const admin = () => suite.db('admin');
const sales = wsPath('departments/sales');

// Subject: admin ada's audit head. It only points at the entry of the admin's own batch; nobody
// reads it.
describeMatrix(
  'auditHeads: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         deny   deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          deny   deny   allow  allow  deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  (op) => {
    const docs = fixture();
    if (op === 'create') delete docs[wsPath('auditHeads/ada')];
    return docs;
  },
  {
    get: (db) => getDoc(doc(db, wsPath('auditHeads/ada'))),
    list: (db) => getDocs(collection(db, wsPath('auditHeads'))),
    // An audit-only batch (e.g. "admin viewed a chat") moves the head too.
    create: (db, actor) => withAudit(db, actor, 'chat.viewed', 'c1', () => {}),
    update: (db, actor) => withAudit(db, actor, 'chat.viewed', 'c1', () => {}),
    delete: (db) => deleteDoc(doc(db, wsPath('auditHeads/ada'))),
  },
);

describe('an admin change without its audit entry is refused', () => {
  suite.useFixture(fixture);

  it('a change on its own (what a hand-made client would send)', async () => {
    await deny(updateDoc(doc(admin(), sales), { operatorIds: [] }));
    await deny(setDoc(doc(admin(), wsPath('departments/x')), { name: 'X', operatorIds: [] }));
    await deny(deleteDoc(doc(admin(), sales)));
    await deny(updateDoc(doc(admin(), `workspaces/${WS}`), { routingMode: 'url' }));
    await deny(setDoc(doc(admin(), wsPath('settings/offline')), { recipientIds: [] }));
    await deny(
      setDoc(doc(admin(), wsPath('urlRoutes/r')), { pattern: 'shop.example', operatorIds: [] }),
    );
    await deny(
      setDoc(doc(admin(), wsPath('cannedResponses/x')), {
        shortcut: 'x',
        text: 'X',
        createdBy: 'ada',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('with an entry but the head left on an older entry', async () => {
    const batch = writeBatch(admin());
    batch.update(doc(admin(), sales), { operatorIds: [] });
    batch.set(doc(collection(admin(), wsPath('auditLog'))), {
      actor: 'ada',
      action: 'department.updated',
      target: 'sales',
      at: serverTimestamp(),
    });
    await deny(batch.commit());
  });
  it('with the head pointing at an entry of an earlier batch', async () => {
    const batch = writeBatch(admin());
    batch.update(doc(admin(), sales), { operatorIds: [] });
    batch.set(doc(admin(), wsPath('auditHeads/ada')), { entryId: 'old', at: serverTimestamp() });
    await deny(batch.commit());
  });
  it('with an entry about another document or another kind of change', async () => {
    await deny(
      withAudit(admin(), 'admin', 'department.updated', 'support', (batch) =>
        batch.update(doc(admin(), sales), { operatorIds: [] }),
      ),
    );
    await deny(auditedUpdate(admin(), 'admin', 'canned.updated', sales, { operatorIds: [] }));
  });
  it('with the entry signed by someone else', async () => {
    const batch = writeBatch(admin());
    batch.update(doc(admin(), sales), { operatorIds: [] });
    const entry = doc(collection(admin(), wsPath('auditLog')));
    batch.set(entry, {
      actor: 'otto',
      action: 'department.updated',
      target: 'sales',
      at: serverTimestamp(),
    });
    batch.set(doc(admin(), wsPath('auditHeads/ada')), { entryId: entry.id, at: serverTimestamp() });
    await deny(batch.commit());
  });
  it('a head that points at no entry of this batch is refused', () =>
    deny(
      setDoc(doc(admin(), wsPath('auditHeads/ada')), {
        entryId: 'missing',
        at: serverTimestamp(),
      }),
    ));
  it("an admin cannot move another admin's head", async () => {
    const batch = writeBatch(admin());
    const entry = doc(collection(admin(), wsPath('auditLog')));
    batch.set(entry, { actor: 'ada', action: 'chat.viewed', target: 'c1', at: serverTimestamp() });
    batch.set(doc(admin(), wsPath('auditHeads/otto')), {
      entryId: entry.id,
      at: serverTimestamp(),
    });
    await deny(batch.commit());
  });
  it('the same change with its entry and head in the batch is allowed', () =>
    allow(auditedUpdate(admin(), 'admin', 'department.updated', sales, { operatorIds: [] })));
  it('a card made default clears the flag on the other card in the same audited batch', async () => {
    await suite.seed({
      [wsPath('paymentMethods/visa')]: card('visa', true),
      [wsPath('paymentMethods/mc')]: card('mc', false),
    });
    await allow(
      withAudit(admin(), 'admin', 'paymentMethod.madeDefault', 'mc', (batch) => {
        batch.update(doc(admin(), wsPath('paymentMethods/visa')), { isDefault: false });
        batch.update(doc(admin(), wsPath('paymentMethods/mc')), { isDefault: true });
      }),
    );
    // But not a holder change on the other card under that entry.
    await deny(
      withAudit(admin(), 'admin', 'paymentMethod.madeDefault', 'mc', (batch) =>
        batch.update(doc(admin(), wsPath('paymentMethods/visa')), { holder: 'Mallory' }),
      ),
    );
  });
  it('an audited set needs the actor to be the caller', () =>
    deny(
      auditedSet(suite.db('normal'), 'normal', 'department.created', wsPath('departments/n'), {
        name: `N ${uidOf('normal')}`,
        operatorIds: [],
      }),
    ));
});

function card(brand: string, isDefault: boolean) {
  return {
    brand: brand === 'mc' ? 'mastercard' : 'visa',
    last4: '4242',
    expMonth: 12,
    expYear: new Date().getUTCFullYear() + 1,
    holder: 'Ada Lovelace',
    isDefault,
  };
}
