import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { baseFixture, minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { type ActorName, allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('internal-messages');
const fixture = () => ({
  ...baseFixture(),
  [wsPath('internalChats/nora_zed')]: { members: ['nora', 'zed'], lastMessageAt: minutesAgo(3) },
  [wsPath('internalChats/nora_zed/messages/m1')]: {
    from: { uid: 'zed', name: 'Zed' },
    text: 'Can you take the Sales chats today?',
    sentAt: minutesAgo(3),
  },
});
const messages = (rest = '') => wsPath(`internalChats/nora_zed/messages${rest}`);
const messageFrom = (actor: ActorName, text = 'Sure!') => ({
  from: { uid: uidOf(actor), name: 'Me' },
  text,
  sentAt: serverTimestamp(),
});

// Subject: the messages between nora and zed. Members read and write (as themselves); admins
// read; nobody edits or deletes a message.
describeMatrix(
  'internal messages: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   deny   deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  allow  deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, messages('/m1'))),
    list: (db) => getDocs(query(collection(db, messages()), orderBy('sentAt'))),
    create: (db, actor) => setDoc(doc(db, messages('/new')), messageFrom(actor)),
    update: (db) => updateDoc(doc(db, messages('/m1')), { text: 'edited' }),
    delete: (db) => deleteDoc(doc(db, messages('/m1'))),
  },
);

describe('internal messages: field validation (a member writes)', () => {
  suite.useFixture(fixture);
  let n = 0;
  const send = (data: Record<string, unknown>) =>
    setDoc(doc(suite.db('normal'), messages(`/n${++n}`)), data);

  it('accepts 2000 characters and refuses 2001 or none', async () => {
    await allow(send(messageFrom('normal', 'x'.repeat(2000))));
    await deny(send(messageFrom('normal', 'x'.repeat(2001))));
    await deny(send(messageFrom('normal', '')));
  });
  it('refuses writing as the other member', () =>
    deny(send({ ...messageFrom('normal'), from: { uid: 'zed', name: 'Zed' } })));
  it('refuses a from with a kind or other extra field, and a client sentAt', async () => {
    await deny(
      send({ ...messageFrom('normal'), from: { uid: 'nora', name: 'Nora', kind: 'operator' } }),
    );
    await deny(send({ ...messageFrom('normal'), sentAt: new Date() }));
    await deny(send({ ...messageFrom('normal'), pinned: true }));
  });
  it('refuses a message into an internal chat that does not exist', () =>
    deny(
      setDoc(
        doc(suite.db('normal'), wsPath('internalChats/nora_otto/messages/x')),
        messageFrom('normal'),
      ),
    ));
});
