/** Batched writes, transactions (incl. contention), and the server-side field transforms. */
import { FieldValue, Timestamp } from '@google-cloud/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function writeTests(ctx: ContextRef): void {
  describe('batched writes', () => {
    it('applies set, update, create and delete atomically with one commit time', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await collection.doc('old').set({ v: 1 });
      await collection.doc('upd').set({ v: 1, keep: true });
      const batch = db.batch();
      batch.set(collection.doc('new'), { v: 2 });
      batch.update(collection.doc('upd'), { v: 3 });
      batch.create(collection.doc('created'), { v: 4 });
      batch.delete(collection.doc('old'));
      const results = await batch.commit();
      expect(results).toHaveLength(4);
      expect(new Set(results.map((result) => result.writeTime.toMillis())).size).toBe(1);
      const snaps = await db.getAll(
        collection.doc('new'),
        collection.doc('upd'),
        collection.doc('created'),
        collection.doc('old'),
      );
      expect(snaps.map((snap) => snap.data())).toEqual([
        { v: 2 },
        { v: 3, keep: true },
        { v: 4 },
        undefined,
      ]);
    });

    it('applies nothing when one write of the batch fails', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      const batch = db.batch();
      batch.set(collection.doc('a'), { v: 1 });
      batch.update(collection.doc('missing'), { v: 2 });
      await expect(batch.commit()).rejects.toThrow();
      expect((await collection.doc('a').get()).exists).toBe(false);
    });

    it('writes independently with BulkWriter (BatchWrite)', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      const writer = db.bulkWriter();
      writer.onWriteError(() => false);
      const ok = writer.set(collection.doc('ok'), { v: 1 });
      const failed = writer.update(collection.doc('missing'), { v: 2 });
      await writer.close();
      await expect(ok).resolves.toBeDefined();
      await expect(failed).rejects.toThrow();
      expect((await collection.doc('ok').get()).data()).toEqual({ v: 1 });
    });
  });

  describe('transactions', () => {
    it('reads and writes atomically', async () => {
      const { db } = ctx();
      const from = db.collection(uniqueCollection()).doc('from');
      const to = from.parent.doc('to');
      await from.set({ balance: 100 });
      await to.set({ balance: 0 });
      const moved = await db.runTransaction(async (tx) => {
        const [a, b] = await tx.getAll(from, to);
        tx.update(from, { balance: a!.get('balance') - 30 });
        tx.update(to, { balance: b!.get('balance') + 30 });
        return 30;
      });
      expect(moved).toBe(30);
      expect((await from.get()).get('balance')).toBe(70);
      expect((await to.get()).get('balance')).toBe(30);
    });

    it('queries inside a transaction and rolls back when the callback throws', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await collection.doc('a').set({ n: 1 });
      await expect(
        db.runTransaction(async (tx) => {
          const snap = await tx.get(collection.where('n', '==', 1));
          tx.set(collection.doc('b'), { seen: snap.size });
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect((await collection.doc('b').get()).exists).toBe(false);
    });

    it('supports read-only transactions', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('r');
      await ref.set({ n: 5 });
      const n = await db.runTransaction(async (tx) => (await tx.get(ref)).get('n'), {
        readOnly: true,
      });
      expect(n).toBe(5);
    });

    it('ends concurrent increments with the right total', async () => {
      const { db } = ctx();
      const counter = db.collection(uniqueCollection()).doc('counter');
      await counter.set({ n: 0 });
      const workers = 8;
      await Promise.all(
        Array.from({ length: workers }, () =>
          db.runTransaction(
            async (tx) => {
              const n = (await tx.get(counter)).get('n') as number;
              tx.update(counter, { n: n + 1 });
            },
            { maxAttempts: 50 },
          ),
        ),
      );
      expect((await counter.get()).get('n')).toBe(workers);
    });
  });

  describe('field transforms', () => {
    it('applies serverTimestamp, increment, arrayUnion and arrayRemove', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('t');
      const before = Timestamp.now().toMillis();
      const result = await ref.set({
        at: FieldValue.serverTimestamp(),
        nested: { at: FieldValue.serverTimestamp() },
        count: FieldValue.increment(2),
        tags: FieldValue.arrayUnion('a', 'b'),
      });
      let data = (await ref.get()).data()!;
      expect(data.at).toBeInstanceOf(Timestamp);
      expect((data.at as Timestamp).isEqual(result.writeTime)).toBe(true);
      expect((data.at as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 5000);
      expect(data.nested.at.isEqual(data.at)).toBe(true);
      expect(data.count).toBe(2);
      expect(data.tags).toEqual(['a', 'b']);

      await ref.update({
        count: FieldValue.increment(1.5),
        tags: FieldValue.arrayUnion('b', 'c'),
      });
      await ref.update({ tags: FieldValue.arrayRemove('a', 'zzz') });
      data = (await ref.get()).data()!;
      expect(data.count).toBe(3.5);
      expect(data.tags).toEqual(['b', 'c']);

      await ref.update({ big: FieldValue.increment(1), count: FieldValue.increment(-3.5) });
      data = (await ref.get()).data()!;
      expect(data.big).toBe(1);
      expect(data.count).toBe(0);
    });
  });
}
