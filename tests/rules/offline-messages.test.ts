import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('offline-messages');
const message = () => ({
  name: 'Zoë',
  email: 'zoe@example.test',
  message: 'Do you ship to Norway?',
  pageUrl: 'https://shop.example/shipping',
  createdAt: minutesAgo(30),
  delivery: { status: 'sent', to: ['ada@acme.test'], attempts: 1 },
});
const fixture = () => ({
  ...baseFixture(),
  [wsPath('offlineMessages/o1')]: message(),
  // Nora is an off-line recipient: she reads the inbox in her console (ADR 009); Otto is not.
  [wsPath('settings/offline')]: { recipientIds: ['nora'] },
});

// Subject: off-line message o1. Admins and the off-line recipients read the messages and their
// delivery log; visitors submit through submitOfflineMessage (validated, rate limited, mailed),
// never by writing directly; retry and handled go through updateOfflineMessage.
describeMatrix(
  'offlineMessages: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, wsPath('offlineMessages/o1'))),
    list: (db) => getDocs(collection(db, wsPath('offlineMessages'))),
    create: (db) =>
      setDoc(doc(db, wsPath('offlineMessages/o2')), {
        ...message(),
        createdAt: serverTimestamp(),
        delivery: { status: 'pending', to: [], attempts: 0 },
      }),
    update: (db) =>
      updateDoc(doc(db, wsPath('offlineMessages/o1')), { 'delivery.status': 'pending' }),
    delete: (db) => deleteDoc(doc(db, wsPath('offlineMessages/o1'))),
  },
);

describe('offlineMessages: the recipients’ inbox', () => {
  it('a normal operator reads nothing while no recipients are chosen', async () => {
    const { [wsPath('settings/offline')]: _settings, ...withoutSettings } = fixture();
    await suite.ensure(withoutSettings);
    await deny(getDocs(collection(suite.db('normal'), wsPath('offlineMessages'))));
  });
  it('a recipient cannot mark a message handled by writing it', async () => {
    await suite.ensure(fixture());
    await deny(
      updateDoc(doc(suite.db('normal'), wsPath('offlineMessages/o1')), {
        handled: { by: 'nora', name: 'Nora', at: serverTimestamp() },
      }),
    );
  });
});

describe('offlineMessages: the delivery log is the functions’ record', () => {
  it('an admin cannot mark a failed delivery as sent', async () => {
    await suite.ensure(fixture());
    await deny(
      updateDoc(doc(suite.db('admin'), wsPath('offlineMessages/o1')), {
        delivery: { status: 'sent', to: [], attempts: 0 },
      }),
    );
  });
});
