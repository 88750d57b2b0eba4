import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('rate-limits');
const own = wsPath('rateLimits/visitor-1');
const fixture = () => ({
  ...baseFixture(),
  [own]: { events: { startChat: [1_764_000_000_000], offlineMessage: [] } },
});

// Subject: visitor-1's rate-limit log (ADR 001). Only the functions keep it: nobody, not even
// the visitor it counts or an admin, reads, resets or forges it from a client.
describeMatrix('rateLimits: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, own)),
  list: (db) => getDocs(collection(db, wsPath('rateLimits'))),
  create: (db) => setDoc(doc(db, wsPath('rateLimits/visitor-2')), { events: {} }),
  update: (db) => updateDoc(doc(db, own), { events: {} }),
  delete: (db) => deleteDoc(doc(db, own)),
});
