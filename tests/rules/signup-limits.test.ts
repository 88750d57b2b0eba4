import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('signup-limits');
const own = 'signupLimits/abc123';
const fixture = () => ({
  ...baseFixture(),
  [own]: { events: { signup: [1_764_000_000_000] } },
});

// Subject: one hashed address's sign-up log (createWorkspace). Only the functions keep it: no
// client, signed in or not, of any workspace, reads, resets or forges it.
describeMatrix('signupLimits: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, own)),
  list: (db) => getDocs(collection(db, 'signupLimits')),
  create: (db) => setDoc(doc(db, 'signupLimits/def456'), { events: {} }),
  update: (db) => updateDoc(doc(db, own), { events: {} }),
  delete: (db) => deleteDoc(doc(db, own)),
});
