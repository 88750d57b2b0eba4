import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('seat-usage');
const usage = (period: string) => ({ period, startSeats: 3, peakSeats: 4, endSeats: 2 });
const fixture = () => ({ ...baseFixture(), [wsPath('seatUsage/2026-10')]: usage('2026-10') });

// Subject: the seat record of 2026-10. Admins see what a month is billed for; only the operator
// callables keep it, so no client (admins included) can lower its own bill.
describeMatrix(
  'seatUsage: who may do what',
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
    get: (db) => getDoc(doc(db, wsPath('seatUsage/2026-10'))),
    list: (db) => getDocs(collection(db, wsPath('seatUsage'))),
    create: (db) => setDoc(doc(db, wsPath('seatUsage/2026-11')), usage('2026-11')),
    update: (db) => updateDoc(doc(db, wsPath('seatUsage/2026-10')), { peakSeats: 0 }),
    delete: (db) => deleteDoc(doc(db, wsPath('seatUsage/2026-10'))),
  },
);
