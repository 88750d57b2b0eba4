import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { useRulesSuite } from './support.ts';

const suite = useRulesSuite('transcript-mails');
const mail = wsPath('transcriptMails/t1');
const fixture = () => ({
  ...baseFixture(),
  [mail]: {
    chatId: 'c5',
    createdAt: minutesAgo(1),
    delivery: { status: 'sent', to: ['zoe@example.test'], attempts: 1 },
  },
});

// Subject: a transcript visitor-1 asked for (ADR 007). emailTranscript and the mailer keep its
// delivery log, which holds the visitor's address: no client reads or writes it.
describeMatrix('transcriptMails: who may do what', suite, NOBODY, fixture, {
  get: (db) => getDoc(doc(db, mail)),
  list: (db) => getDocs(collection(db, wsPath('transcriptMails'))),
  create: (db) =>
    setDoc(doc(db, wsPath('transcriptMails/t2')), {
      chatId: 'c5',
      createdAt: new Date(),
      delivery: { status: 'pending', to: ['x@example.test'], attempts: 0 },
    }),
  update: (db) => updateDoc(doc(db, mail), { 'delivery.to': ['x@example.test'] }),
  delete: (db) => deleteDoc(doc(db, mail)),
});
