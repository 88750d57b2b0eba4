/** Batched writes, transactions (incl. contention) and field transforms through the web SDK. */
import {
  arrayRemove,
  arrayUnion,
  doc,
  getDoc,
  increment,
  runTransaction,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import { type ContextRef, expectCode } from './context.ts';

export function writeTests(ctx: ContextRef): void {
  describe('batched writes', () => {
    it('applies set, update and delete atomically', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      await setDoc(doc(db, name, 'old'), { v: 1 });
      await setDoc(doc(db, name, 'upd'), { v: 1, keep: true });
      const batch = writeBatch(db);
      batch.set(doc(db, name, 'new'), { v: 2 });
      batch.update(doc(db, name, 'upd'), { v: 3 });
      batch.delete(doc(db, name, 'old'));
      await batch.commit();
      const read = async (id: string) => (await getDoc(doc(other, name, id))).data();
      expect([await read('new'), await read('upd'), await read('old')]).toEqual([
        { v: 2 },
        { v: 3, keep: true },
        undefined,
      ]);
    });

    it('applies nothing when one write of the batch fails', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      const batch = writeBatch(db);
      batch.set(doc(db, name, 'a'), { v: 1 });
      batch.update(doc(db, name, 'missing'), { v: 2 });
      await expectCode(batch.commit(), 'not-found');
      expect((await getDoc(doc(other, name, 'a'))).exists()).toBe(false);
    });
  });

  describe('transactions', () => {
    it('reads and writes atomically', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      await setDoc(doc(db, name, 'from'), { balance: 100 });
      await setDoc(doc(db, name, 'to'), { balance: 0 });
      await runTransaction(db, async (tx) => {
        const a = await tx.get(doc(db, name, 'from'));
        const b = await tx.get(doc(db, name, 'to'));
        tx.update(a.ref, { balance: a.get('balance') - 30 });
        tx.update(b.ref, { balance: b.get('balance') + 30 });
      });
      expect((await getDoc(doc(other, name, 'from'))).get('balance')).toBe(70);
      expect((await getDoc(doc(other, name, 'to'))).get('balance')).toBe(30);
    });

    it('ends concurrent increments from two clients with the right total', async () => {
      const { db, other } = ctx();
      const path = `${uniqueCollection()}/counter`;
      await setDoc(doc(db, path), { n: 0 });
      const perClient = 5;
      const increments = [db, other].flatMap((client) =>
        Array.from({ length: perClient }, () =>
          runTransaction(
            client,
            async (tx) => {
              const snap = await tx.get(doc(client, path));
              tx.update(snap.ref, { n: (snap.get('n') as number) + 1 });
            },
            { maxAttempts: 50 },
          ),
        ),
      );
      await Promise.all(increments);
      expect((await getDoc(doc(other, path))).get('n')).toBe(2 * perClient);
    });

    it('fails when a document read by the transaction changed and attempts run out', async () => {
      const { db, other } = ctx();
      const path = `${uniqueCollection()}/contended`;
      await setDoc(doc(db, path), { n: 0 });
      const attempt = runTransaction(
        db,
        async (tx) => {
          const snap = await tx.get(doc(db, path));
          await setDoc(doc(other, path), { n: 100 });
          tx.update(snap.ref, { n: snap.get('n') + 1 });
        },
        { maxAttempts: 1 },
      );
      await expectCode(attempt, 'failed-precondition');
      expect((await getDoc(doc(other, path))).get('n')).toBe(100);
    });
  });

  describe('field transforms', () => {
    it('applies serverTimestamp, increment, arrayUnion and arrayRemove', async () => {
      const { db, other } = ctx();
      const path = `${uniqueCollection()}/t`;
      const before = Date.now();
      await setDoc(doc(db, path), {
        at: serverTimestamp(),
        count: increment(2),
        tags: arrayUnion('a', 'b'),
      });
      let data = (await getDoc(doc(other, path))).data()!;
      expect(data.at).toBeInstanceOf(Timestamp);
      expect((data.at as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 5000);
      expect(data.count).toBe(2);
      expect(data.tags).toEqual(['a', 'b']);
      await updateDoc(doc(db, path), { count: increment(1.5), tags: arrayUnion('b', 'c') });
      await updateDoc(doc(db, path), { tags: arrayRemove('a', 'zzz') });
      data = (await getDoc(doc(other, path))).data()!;
      expect(data.count).toBe(3.5);
      expect(data.tags).toEqual(['b', 'c']);
    });
  });
}
