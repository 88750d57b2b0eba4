import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('sip');
const account = wsPath('sipAccounts/nora');
const registration = wsPath('sipRegistrations/nora');
const fixture = () => ({
  ...baseFixture(),
  [account]: { uid: 'nora', realm: 'acme.chat.parley.test', ha1Md5: 'x', ha1Sha256: 'y' },
  [registration]: { contacts: [], updatedAt: new Date() },
});

// Subject: Nora's SIP password digests (ADR 004). An HA1 is as good as the password against
// the gateway, so nobody reads or writes them from a client, not Nora, not an admin.
describeMatrix('sipAccounts: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, account)),
  list: (db) => getDocs(collection(db, wsPath('sipAccounts'))),
  create: (db) => setDoc(doc(db, wsPath('sipAccounts/eve')), { uid: 'nora', realm: 'r' }),
  update: (db) => updateDoc(doc(db, account), { ha1Md5: 'forged' }),
  delete: (db) => deleteDoc(doc(db, account)),
});

// Subject: Nora's SIP client bindings. She and admins read them; only the gateway writes.
describeMatrix(
  'sipRegistrations: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, registration)),
    list: (db) => getDocs(collection(db, wsPath('sipRegistrations'))),
    create: (db) => setDoc(doc(db, wsPath('sipRegistrations/otto')), { contacts: [] }),
    update: (db) => updateDoc(doc(db, registration), { contacts: [] }),
    delete: (db) => deleteDoc(doc(db, registration)),
  },
);
