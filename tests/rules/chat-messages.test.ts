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
import { chat, chatFixture, sendVisitorMessage } from './chat-fixture.ts';
import { minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix } from './matrix.ts';
import { type ActorName, allow, deny, uidOf, useRulesSuite } from './support.ts';

const suite = useRulesSuite('chat-messages');
const fixture = () => ({
  ...chatFixture(),
  [wsPath('chats/c1/messages/m1')]: {
    from: { kind: 'visitor', uid: 'visitor-1', name: 'Zoë' },
    text: 'Hello?',
    sentAt: minutesAgo(2),
  },
  [wsPath('chats/c2/messages/m1')]: {
    from: { kind: 'visitor', uid: 'visitor-2', name: 'Max' },
    text: 'Hi',
    sentAt: minutesAgo(2),
  },
});

const isVisitor = (actor: ActorName) => actor === 'visitor' || actor === 'otherVisitor';
/** The message an actor would send: visitors as visitors, everyone else as an operator. */
const messageFrom = (actor: ActorName, text = 'Thanks!') => ({
  from: { kind: isVisitor(actor) ? 'visitor' : 'operator', uid: uidOf(actor), name: 'Someone' },
  text,
  sentAt: serverTimestamp(),
});
const c1 = (rest = '') => wsPath(`chats/c1/messages${rest}`);

// Subject: the messages of chat c1 (visitor-1 with nora). Whoever may read the chat reads its
// messages; the visitor adds visitor messages, nora (assigned) and admins operator messages. The
// transcript is immutable.
describeMatrix(
  'chat messages: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        allow  allow  allow  deny   deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  allow  allow  deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  allow  allow  deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, c1('/m1'))),
    list: (db) => getDocs(query(collection(db, c1()), orderBy('sentAt'))),
    create: (db, actor) =>
      isVisitor(actor)
        ? sendVisitorMessage(db, 'c1', messageFrom(actor))
        : setDoc(doc(db, c1('/new')), messageFrom(actor)),
    update: (db) => updateDoc(doc(db, c1('/m1')), { text: 'edited' }),
    delete: (db) => deleteDoc(doc(db, c1('/m1'))),
  },
);

describe('chat messages: what a visitor may send', () => {
  suite.useFixture(fixture);
  const send = (data: Record<string, unknown>, chatId = 'c1') =>
    sendVisitorMessage(suite.db('visitor'), chatId, data);
  const valid = () => messageFrom('visitor');

  // Two chats, as the second message would come too soon after the first (visitor-rate-limit).
  // string.size() counts UTF-16 code units on Google's engine (what production runs): an emoji
  // outside the Basic Multilingual Plane is 2. utils/domain/text.ts textSize counts the same way.
  it('accepts 2000 characters as the rules count them (2000 letters or CJK, 1000 emoji)', async () => {
    await suite.seed({
      [wsPath('chats/c6')]: chat('visitor-1', { operatorId: 'nora', acceptedAt: minutesAgo(9) }),
      [wsPath('chats/c7')]: chat('visitor-1', { operatorId: 'nora', acceptedAt: minutesAgo(9) }),
    });
    await allow(send({ ...valid(), text: 'a'.repeat(2000) }));
    await allow(send({ ...valid(), text: '中'.repeat(2000) }, 'c6'));
    await allow(send({ ...valid(), text: '👍'.repeat(1000) }, 'c7'));
  });
  it('refuses 2001 characters, 1001 emoji, an empty text and a non-string text', async () => {
    await deny(send({ ...valid(), text: 'a'.repeat(2001) }));
    await deny(send({ ...valid(), text: '👍'.repeat(1001) }));
    await deny(send({ ...valid(), text: '' }));
    await deny(send({ ...valid(), text: ['Hello'] }));
  });
  it('keeps right-to-left text and emoji intact (no server-side filtering needed)', () =>
    allow(send({ ...valid(), text: 'مرحبا 👩‍💻 שלום' })));
  it('must write as a visitor, under their own uid', async () => {
    await deny(send({ ...valid(), from: { kind: 'operator', uid: 'visitor-1', name: 'Nora' } }));
    await deny(send({ ...valid(), from: { kind: 'system', uid: 'visitor-1', name: 'System' } }));
    await deny(send({ ...valid(), from: { kind: 'visitor', uid: 'visitor-2', name: 'Zoë' } }));
    await deny(send({ ...valid(), from: { kind: 'visitor', name: 'Zoë' } }));
  });
  it('refuses a name over 80 characters, extra fields and a client sentAt', async () => {
    await deny(
      send({ ...valid(), from: { kind: 'visitor', uid: 'visitor-1', name: 'x'.repeat(81) } }),
    );
    await deny(send({ ...valid(), html: '<b>hi</b>' }));
    await deny(send({ ...valid(), from: { ...valid().from, admin: true } }));
    await deny(send({ ...valid(), sentAt: new Date() }));
  });
  it('writes while the chat waits in the queue, never once it is closed', async () => {
    await suite.seed({
      [wsPath('chats/q1')]: chat('visitor-1', { status: 'queued', offeredTo: ['nora'] }),
    });
    await allow(send(valid(), 'q1'));
    await deny(send(valid(), 'c5'));
  });
  it("cannot write into someone else's chat", () => deny(send(valid(), 'c2')));
});

describe('chat messages: what operators may send', () => {
  suite.useFixture(fixture);
  const send = (actor: ActorName, chatId: string, data = messageFrom(actor)) =>
    setDoc(doc(suite.db(actor), wsPath(`chats/${chatId}/messages/new`)), data);

  it('an operator offered a queued chat cannot write before accepting it', () =>
    deny(send('normal', 'c3')));
  it('the sender of a pending transfer still writes; the receiver not yet', async () => {
    await allow(send('otherNormal', 'c4'));
    await deny(send('normal', 'c4'));
  });
  it('the receiver of a pending transfer reads the transcript before accepting', () =>
    allow(getDocs(collection(suite.db('normal'), wsPath('chats/c4/messages')))));
  it('an operator cannot post as the visitor or as a system note', async () => {
    await deny(
      send('normal', 'c1', {
        ...messageFrom('normal'),
        from: { kind: 'visitor', uid: 'nora', name: 'Zoë' },
      }),
    );
    await deny(
      send('normal', 'c1', {
        ...messageFrom('normal'),
        from: { kind: 'system', uid: 'nora', name: 'Parley' },
      }),
    );
  });
  it('an operator cannot post under a colleague’s uid', () =>
    deny(
      send('normal', 'c1', {
        ...messageFrom('normal'),
        from: { kind: 'operator', uid: 'otto', name: 'Otto' },
      }),
    ));
  it('nobody writes to a closed chat, admins included', async () => {
    await deny(send('normal', 'c5'));
    await deny(send('admin', 'c5'));
  });
  it("seed manual, Normal role: cannot view another operator's chat messages", async () => {
    await deny(getDoc(doc(suite.db('normal'), wsPath('chats/c2/messages/m1'))));
    await deny(getDocs(collection(suite.db('normal'), wsPath('chats/c2/messages'))));
  });
  it("an admin reads another operator's chat messages", () =>
    allow(getDocs(collection(suite.db('admin'), wsPath('chats/c2/messages')))));
});

describe('chat messages: transcripts of chats that are over (History)', () => {
  suite.useFixture(() => ({
    ...fixture(),
    // Nora took c8 and transferred it to Otto, who closed it; c9 is the same, still going.
    [wsPath('chats/c8')]: chat('visitor-3', {
      status: 'closed',
      operatorId: 'otto',
      participantIds: ['nora', 'otto'],
      closedAt: minutesAgo(1),
    }),
    [wsPath('chats/c8/messages/m1')]: {
      from: { kind: 'visitor', uid: 'visitor-3', name: 'Zoë' },
      text: 'Hi',
      sentAt: minutesAgo(5),
    },
    [wsPath('chats/c9')]: chat('visitor-3', {
      operatorId: 'otto',
      participantIds: ['nora', 'otto'],
    }),
  }));
  const read = (actor: ActorName, chatId: string) =>
    getDocs(
      query(collection(suite.db(actor), wsPath(`chats/${chatId}/messages`)), orderBy('sentAt')),
    );

  it('an operator who took part reads the transcript once the chat is closed', () =>
    allow(read('normal', 'c8')));
  it('…but not while a colleague still has the chat', () => deny(read('normal', 'c9')));
  it('an operator who never took part does not read a closed chat’s transcript', () =>
    deny(read('otherNormal', 'c5')));
  it('the visitor reads their own closed chat’s transcript, not another visitor’s', async () => {
    await allow(read('visitor', 'c5'));
    await deny(read('otherVisitor', 'c5'));
  });
});
