/**
 * The visitor's browser and visit (chats/{id}/context/visitor, ADR 010): the chat's visitor
 * writes it while the chat is open, field by field; the chat's operators read it.
 */
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { chatFixture } from './chat-fixture.ts';
import { minutesAgo, wsPath } from './fixtures.ts';
import { describeMatrix, type Op } from './matrix.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('visitor-context');
const context = (chatId: string) => wsPath(`chats/${chatId}/context/visitor`);
const page = (n: number) => ({
  url: `https://shop.example/${n}`,
  title: `Page ${n}`,
  at: 1_765_000_000_000 + n,
});
const valid = (extra: Record<string, unknown> = {}) => ({
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36',
  language: 'de-DE',
  timeZone: 'Europe/Berlin',
  utcOffsetMinutes: 60,
  page: page(2),
  pages: [page(1), page(2)],
  referrer: 'https://search.example/?q=shoes',
  landingUrl: 'https://shop.example/?utm_source=news',
  campaign: { utm_source: 'news' },
  updatedAt: serverTimestamp(),
  ...extra,
});

const fixture = (op: Op) => ({
  ...chatFixture(),
  ...(op === 'create' ? {} : { [context('c1')]: { ...valid(), updatedAt: minutesAgo(1) } }),
});

// Subject: c1's context (visitor-1 with nora). The visitor writes it; whoever may read the chat as
// an operator reads it; nobody lists or deletes it.
describeMatrix(
  'chats/context: who may do what',
  suite,
  `
  actor          get    list   create update delete
  visitor        deny   deny   allow  allow  deny
  otherVisitor   deny   deny   deny   deny   deny
  normal         allow  deny   deny   deny   deny
  otherNormal    deny   deny   deny   deny   deny
  admin          allow  deny   deny   deny   deny
  foreignAdmin   deny   deny   deny   deny   deny
  signedOut      deny   deny   deny   deny   deny
  `,
  fixture,
  {
    get: (db) => getDoc(doc(db, context('c1'))),
    list: (db) => getDocs(collection(db, wsPath('chats/c1/context'))),
    create: (db) => setDoc(doc(db, context('c1')), valid()),
    update: (db) => setDoc(doc(db, context('c1')), valid()),
    delete: (db) => deleteDoc(doc(db, context('c1'))),
  },
);

describe('visitor context: what the widget may write', () => {
  suite.useFixture(chatFixture);
  const write = (data: Record<string, unknown>, chatId = 'c1') =>
    setDoc(doc(suite.db('visitor'), context(chatId)), data);

  it('the least: browser, language, the page and the list', () =>
    allow(
      write({
        userAgent: '',
        language: '',
        page: page(1),
        pages: [],
        updatedAt: serverTimestamp(),
      }),
    ));
  it('at most 20 pages and 5 campaign parameters', async () => {
    await allow(write(valid({ pages: Array.from({ length: 20 }, (_, n) => page(n)) })));
    await deny(write(valid({ pages: Array.from({ length: 21 }, (_, n) => page(n)) })));
    await deny(write(valid({ campaign: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' } })));
  });
  it('refuses unknown fields, a client time, a bad page and an absurd offset', async () => {
    await deny(write(valid({ ip: '10.0.0.1' })));
    await deny(write(valid({ updatedAt: new Date() })));
    await deny(write(valid({ page: { url: '', title: '', at: 1 } })));
    await deny(write(valid({ page: { ...page(1), html: '<b>' } })));
    await deny(write(valid({ utcOffsetMinutes: 900 })));
    await deny(write(valid({ userAgent: 'x'.repeat(501) })));
  });
  it('not once the chat is over', () => deny(write(valid(), 'c5')));
  it('the operator offered a queued chat reads it before accepting', async () => {
    await suite.seed({ [context('c3')]: { ...valid(), updatedAt: minutesAgo(1) } });
    await allow(getDoc(doc(suite.db('normal'), context('c3'))));
  });
});
