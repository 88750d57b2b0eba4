/**
 * The visitor's message rate limit as the rules enforce it (the widget limits it too, but a
 * script can skip the widget): every visitor message is written in a batch that stamps its chat
 * (chats/{id}/stamps/visitor, apart from the chat, ADR 006) with the message's server time and
 * id, one stamp admits one message, and a stamp less than VISITOR_MESSAGE_SPACING_MS (200 ms)
 * after the previous one is refused.
 */
import { readFileSync } from 'node:fs';
import {
  collection,
  type DocumentData,
  doc,
  type Firestore,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  writeBatch,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { VISITOR_MESSAGE_SPACING_MS } from '../../utils/domain/rate-limit.ts';
import { chat, chatFixture, sendVisitorMessage, stampPath, visitorStamp } from './chat-fixture.ts';
import { wsPath } from './fixtures.ts';
import { allow, deny, useRulesSuite } from './support.ts';

const suite = useRulesSuite('visitor-rate-limit');
const visitor = () => suite.db('visitor');
const message = (text = 'Hello?') => ({
  from: { kind: 'visitor', uid: 'visitor-1', name: 'Zoë' },
  text,
  sentAt: serverTimestamp(),
});
/** Chat c1 (visitor-1 with nora) whose previous visitor message was stamped at `at`. */
const stampedAt = (at: Date) => ({ [stampPath('c1')]: { at, messageId: 'm0' } });

describe('visitor messages: one per stamp', () => {
  suite.useFixture(chatFixture);

  it('the message and its stamp in one batch are accepted; the stamp has the server time', async () => {
    await allow(sendVisitorMessage(visitor(), 'c1', message(), { messageId: 'm1' }));
    const stored = await getDoc(doc(visitor(), wsPath('chats/c1/messages/m1')));
    let stamp: DocumentData | undefined;
    await suite.env().withSecurityRulesDisabled(async (context) => {
      const db = context.firestore() as unknown as Firestore;
      stamp = (await getDoc(doc(db, stampPath('c1')))).data();
    });
    expect(stamp?.messageId).toBe('m1');
    expect((stamp!.at as Timestamp).toMillis()).toBe(
      (stored.get('sentAt') as Timestamp).toMillis(),
    );
  });
  it('refuses a message without the stamp (the widget-less write)', () =>
    deny(setDoc(doc(visitor(), wsPath('chats/c1/messages/m1')), message())));
  it('refuses a stamp that names another message', () =>
    deny(sendVisitorMessage(visitor(), 'c1', message(), { messageId: 'm1', stampId: 'm2' })));
  it('refuses two messages under one stamp', async () => {
    const batch = writeBatch(visitor());
    batch.set(doc(visitor(), wsPath('chats/c1/messages/m1')), message('one'));
    batch.set(doc(visitor(), wsPath('chats/c1/messages/m2')), message('two'));
    batch.set(doc(visitor(), stampPath('c1')), visitorStamp('m1'));
    await deny(batch.commit());
  });
  it("refuses a stamp in another of the visitor's chats", async () => {
    await suite.seed({
      [wsPath('chats/c6')]: chat('visitor-1', { operatorId: 'nora' }),
    });
    await deny(sendVisitorMessage(visitor(), 'c1', message(), { stampChat: 'c6' }));
  });
  it('refuses a stamp with a client time, a missing or extra field, or another id', async () => {
    const stampRef = doc(visitor(), stampPath('c1'));
    await deny(setDoc(stampRef, { ...visitorStamp('m1'), at: new Date() }));
    await deny(setDoc(stampRef, { at: serverTimestamp() }));
    await deny(setDoc(stampRef, { ...visitorStamp('m1'), lastMessageAt: serverTimestamp() }));
    await deny(setDoc(doc(visitor(), wsPath('chats/c1/stamps/other')), visitorStamp('m1')));
  });
  it('refuses a stamp on a closed chat', () =>
    deny(setDoc(doc(visitor(), stampPath('c5')), visitorStamp('m1'))));
  it('operators and admins cannot write the stamp', async () => {
    for (const actor of ['normal', 'admin'] as const)
      await deny(setDoc(doc(suite.db(actor), stampPath('c1')), visitorStamp('x')));
  });
});

describe('visitor messages: at most one every 200 ms', () => {
  suite.useFixture(chatFixture);

  it('firestore.rules spaces stamps by VISITOR_MESSAGE_SPACING_MS', () => {
    const rules = readFileSync(new URL('../../firestore.rules', import.meta.url), 'utf8');
    expect(rules).toContain(`duration.value(${VISITOR_MESSAGE_SPACING_MS}, 'ms')`);
  });
  it('accepts a message when the previous one is older than the spacing', async () => {
    await suite.seed(stampedAt(new Date(Date.now() - VISITOR_MESSAGE_SPACING_MS - 50)));
    await allow(sendVisitorMessage(visitor(), 'c1', message()));
  });
  it('refuses a message when the previous stamp is not 200 ms before request.time', async () => {
    await suite.seed(stampedAt(new Date(Date.now() + 60_000)));
    await deny(sendVisitorMessage(visitor(), 'c1', message()));
  });
  it('a burst of five gets through only as fast as one per 200 ms', async () => {
    const started = Date.now();
    const results = await Promise.allSettled(
      ['a', 'b', 'c', 'd', 'e'].map((text) => sendVisitorMessage(visitor(), 'c1', message(text))),
    );
    const elapsed = Date.now() - started;
    suite.touched();
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    // However slow the machine, the accepted ones are spaced by the rules...
    expect(accepted).toBeLessThanOrEqual(1 + Math.floor(elapsed / VISITOR_MESSAGE_SPACING_MS));
    const sent = (await getDocs(collection(visitor(), wsPath('chats/c1/messages')))).docs
      .filter((d) => d.get('from.kind') === 'visitor' && d.get('sentAt') instanceof Timestamp)
      .map((d) => (d.get('sentAt') as Timestamp).toMillis())
      .sort((a, b) => a - b);
    expect(sent).toHaveLength(accepted);
    for (let i = 1; i < sent.length; i++)
      expect(sent[i]! - sent[i - 1]!).toBeGreaterThanOrEqual(VISITOR_MESSAGE_SPACING_MS);
  });
});
