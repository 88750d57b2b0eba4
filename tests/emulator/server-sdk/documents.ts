/** Document CRUD, every value type, subcollections and multi-document reads. */
import { FieldPath, FieldValue, GeoPoint, Timestamp } from '@google-cloud/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function documentTests(ctx: ContextRef): void {
  describe('documents', () => {
    it('sets, gets, updates, merges and deletes a document', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('d1');
      const written = await ref.set({ a: 1, nested: { b: 'x', c: true }, gone: 'soon' });
      expect(written.writeTime).toBeInstanceOf(Timestamp);

      let snap = await ref.get();
      expect(snap.exists).toBe(true);
      expect(snap.id).toBe('d1');
      expect(snap.data()).toEqual({ a: 1, nested: { b: 'x', c: true }, gone: 'soon' });
      expect(snap.createTime!.toMillis()).toBe(snap.updateTime!.toMillis());

      await ref.update({ a: 2, 'nested.b': 'y', gone: FieldValue.delete() });
      await ref.update(new FieldPath('odd.key', 'x'), 'dotted');
      snap = await ref.get();
      expect(snap.data()).toEqual({
        a: 2,
        nested: { b: 'y', c: true },
        'odd.key': { x: 'dotted' },
      });
      expect(snap.updateTime!.toMillis()).toBeGreaterThanOrEqual(snap.createTime!.toMillis());

      await ref.set({ nested: { d: 4 }, added: true }, { merge: true });
      expect((await ref.get()).data()).toEqual({
        a: 2,
        nested: { b: 'y', c: true, d: 4 },
        'odd.key': { x: 'dotted' },
        added: true,
      });
      await ref.set({ only: 'this' });
      expect((await ref.get()).data()).toEqual({ only: 'this' });

      await ref.delete();
      snap = await ref.get();
      expect(snap.exists).toBe(false);
      expect(snap.data()).toBeUndefined();
    });

    it('round-trips every value type', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('values');
      const values = {
        nullValue: null,
        yes: true,
        no: false,
        int: 42,
        negative: -7,
        zero: 0,
        largestSafe: Number.MAX_SAFE_INTEGER,
        double: 3.25,
        tiny: 1e-300,
        nan: Number.NaN,
        infinity: Number.POSITIVE_INFINITY,
        negativeInfinity: Number.NEGATIVE_INFINITY,
        string: 'héllo ✓ 🚀 \u0000 end',
        emptyString: '',
        bytes: Buffer.from([0, 1, 2, 254, 255]),
        timestamp: new Timestamp(1_700_000_000, 123_456_000),
        epoch: new Timestamp(0, 0),
        beforeEpoch: new Timestamp(-86_400, 5_000),
        geoPoint: new GeoPoint(51.5, -0.125),
        array: [1, 'two', { three: 3 }, null, true],
        emptyArray: [],
        map: { deep: { deeper: { deepest: 'x' } }, list: [1, 2] },
        emptyMap: {},
        'key with spaces.and dots': 'ok',
      };
      await ref.set({ ...values, reference: db.doc('other/doc') });
      const data = (await ref.get()).data()!;
      const { reference, ...rest } = data;
      expect(rest).toEqual(values);
      expect(reference.path).toBe('other/doc');
      expect((data.timestamp as Timestamp).nanoseconds).toBe(123_456_000);
      expect(Buffer.isBuffer(data.bytes)).toBe(true);
      expect(Object.is(data.zero, 0)).toBe(true);
    });

    it('stores JavaScript Dates as timestamps with millisecond precision', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('date');
      const when = new Date('2024-02-29T12:34:56.789Z');
      await ref.set({ when });
      const stored = (await ref.get()).get('when') as Timestamp;
      expect(stored.toDate().toISOString()).toBe(when.toISOString());
    });

    it('keeps subcollections independent of their parent document', async () => {
      const { db } = ctx();
      const parent = db.collection(uniqueCollection('rooms')).doc('r1');
      const message = parent.collection('messages').doc('m1');
      await message.set({ text: 'hello' });
      expect((await parent.get()).exists).toBe(false);
      expect((await message.get()).data()).toEqual({ text: 'hello' });
      await parent.set({ title: 'Room' });
      await parent.delete();
      expect((await message.get()).exists).toBe(true);
      const deeper = message.collection('reactions').doc('x');
      await deeper.set({ emoji: '👍' });
      expect((await deeper.get()).data()).toEqual({ emoji: '👍' });
      expect(deeper.path.split('/')).toHaveLength(6);
    });

    it('reads many documents at once, found and missing, with a field mask', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await collection.doc('a').set({ x: 1, y: 2 });
      await collection.doc('b').set({ x: 3, y: 4 });
      const snaps = await db.getAll(
        collection.doc('a'),
        collection.doc('missing'),
        collection.doc('b'),
        {
          fieldMask: ['x'],
        },
      );
      expect(snaps.map((snap) => snap.exists)).toEqual([true, false, true]);
      expect(snaps[0]!.data()).toEqual({ x: 1 });
      expect(snaps[2]!.data()).toEqual({ x: 3 });
      expect(snaps[1]!.readTime).toBeInstanceOf(Timestamp);
    });

    it('creates documents with auto ids and refuses to create one twice', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      const added = await collection.add({ n: 1 });
      expect(added.id).toMatch(/^[A-Za-z0-9]{20}$/);
      expect((await added.get()).data()).toEqual({ n: 1 });
      await collection.doc('once').create({ n: 1 });
      expect((await collection.doc('once').get()).data()).toEqual({ n: 1 });
    });
  });
}
