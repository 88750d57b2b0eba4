/**
 * Visitor blocks (ADR 010): the records admins list (blocks/{id}), written by blockVisitor and
 * liftBlock only; the block summary stays closed to every client (summaries.test.ts covers the
 * summaries collection); and a blocked visitor's message is refused by the rules, not only by
 * the widget: blockVisitor closes the visitor's chats as it blocks them, and the message rule
 * refuses a closed chat.
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
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { chat, chatFixture, sendVisitorMessage } from './chat-fixture.ts';
import { minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, NOBODY } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('blocks');
const record = wsPath('blocks/b1');
const summary = wsPath('summaries/blocks');
const inAnHour = () => new Date(Date.now() + 3_600_000);
const fixture = () => ({
  ...chatFixture(),
  [record]: {
    visitor: { uid: 'visitor-9', name: 'Troll' },
    chatId: 'c9',
    reason: 'Abuse',
    until: inAnHour(),
    byEmail: false,
    byAddress: true,
    createdAt: minutesAgo(1),
    createdBy: { uid: 'nora', name: 'Nora' },
  },
});

// Subject: block b1. Admins read and list; no client writes a block (the callables do, with the
// summary and the audit entry).
describeMatrix(
  'blocks: who may do what',
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
    get: (db) => getDoc(doc(db, record)),
    list: (db) => getDocs(collection(db, wsPath('blocks'))),
    create: (db) => setDoc(doc(db, wsPath('blocks/b2')), { reason: 'x' }),
    update: (db) => updateDoc(doc(db, record), { until: null }),
    delete: (db) => deleteDoc(doc(db, record)),
  },
);

// Subject: the block summary (hashed emails and addresses). Only the functions write it and
// only the functions and the rules read it: no client, admins included.
describeMatrix(
  'summaries/blocks: who may do what',
  suite,
  NOBODY,
  () => ({
    ...fixture(),
    [summary]: { entries: {}, updatedAt: minutesAgo(1) },
  }),
  {
    get: (db) => getDoc(doc(db, summary)),
    list: (db) => getDocs(collection(db, wsPath('summaries'))),
    create: (db) => setDoc(doc(db, wsPath('summaries/blocks2')), { entries: {} }),
    update: (db) => updateDoc(doc(db, summary), { entries: {} }),
    delete: (db) => deleteDoc(doc(db, summary)),
  },
);

describe('a blocked visitor may not write', () => {
  suite.useFixture(chatFixture);
  const message = () => ({
    from: { kind: 'visitor', uid: 'visitor-1', name: 'Zoë' },
    text: 'Hello?',
    sentAt: serverTimestamp(),
  });
  // What blockVisitor leaves in one transaction: the visitor's chat closed, the uid in the summary.
  const blockedAndClosed = () => ({
    [summary]: {
      entries: { b1: { uid: 'visitor-1', until: null } },
      updatedAt: minutesAgo(1),
    },
    [wsPath('chats/c1')]: chat('visitor-1', {
      status: 'closed',
      operatorId: 'nora',
      closedAt: minutesAgo(0.1),
    }),
  });

  it('before the block the visitor writes', () =>
    allow(sendVisitorMessage(suite.db('visitor'), 'c1', message())));
  it('the chat the block closed refuses the message (the rules read the chat, not the summary)', async () => {
    await suite.seed(blockedAndClosed());
    await deny(sendVisitorMessage(suite.db('visitor'), 'c1', message()));
  });
  it('no client reads the block summary', async () => {
    await suite.seed(blockedAndClosed());
    await deny(getDoc(doc(suite.db('admin'), summary)));
    await deny(getDoc(doc(suite.db('visitor'), summary)));
  });
});
