import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('report-marks');
const mark = wsPath('reportMarks/c5');
const counted = {
  day: '2026-12-07',
  outcome: 'closed',
  operatorIds: ['nora'],
  rating: 'good',
};
const fixture = () => ({ ...baseFixture(), [mark]: { counted, at: minutesAgo(1) } });

// Subject: what chat c5 already added to the reports (ADR 009): the triggers' bookkeeping, which
// makes a retried trigger harmless; a client that could write it could skew the reports.
describeMatrix('reportMarks: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, mark)),
  list: (db) => getDocs(collection(db, wsPath('reportMarks'))),
  create: (db) => setDoc(doc(db, wsPath('reportMarks/c6')), { counted, at: new Date() }),
  update: (db) => updateDoc(doc(db, mark), { 'counted.rating': 'bad' }),
  delete: (db) => deleteDoc(doc(db, mark)),
});
