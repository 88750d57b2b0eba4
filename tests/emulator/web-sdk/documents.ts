/** Document CRUD, every value type and subcollections through the web SDK. */
import {
  addDoc,
  Bytes,
  collection,
  deleteDoc,
  deleteField,
  doc,
  GeoPoint,
  getDoc,
  getDocs,
  setDoc,
  Timestamp,
  updateDoc,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function documentTests(ctx: ContextRef): void {
  describe('documents', () => {
    it('sets, gets, updates, merges and deletes a document', async () => {
      const { db, other } = ctx();
      const path = `${uniqueCollection()}/d1`;
      const ref = doc(db, path);
      await setDoc(ref, { a: 1, nested: { b: 'x', c: true }, gone: 'soon' });
      // Read through the other client so the answer comes from the server, not a local cache.
      let snap = await getDoc(doc(other, path));
      expect(snap.exists()).toBe(true);
      expect(snap.metadata.fromCache).toBe(false);
      expect(snap.data()).toEqual({ a: 1, nested: { b: 'x', c: true }, gone: 'soon' });

      await updateDoc(ref, { a: 2, 'nested.b': 'y', gone: deleteField() });
      snap = await getDoc(doc(other, path));
      expect(snap.data()).toEqual({ a: 2, nested: { b: 'y', c: true } });

      await setDoc(ref, { nested: { d: 4 }, added: true }, { merge: true });
      expect((await getDoc(doc(other, path))).data()).toEqual({
        a: 2,
        nested: { b: 'y', c: true, d: 4 },
        added: true,
      });
      await setDoc(ref, { only: 'this' });
      expect((await getDoc(doc(other, path))).data()).toEqual({ only: 'this' });

      await deleteDoc(ref);
      expect((await getDoc(doc(other, path))).exists()).toBe(false);
    });

    it('round-trips every value type', async () => {
      const { db, other } = ctx();
      const path = `${uniqueCollection()}/values`;
      const values = {
        nullValue: null,
        yes: true,
        no: false,
        int: 42,
        negative: -7,
        zero: 0,
        largestSafe: Number.MAX_SAFE_INTEGER,
        double: 3.25,
        nan: Number.NaN,
        infinity: Number.POSITIVE_INFINITY,
        negativeInfinity: Number.NEGATIVE_INFINITY,
        string: 'héllo ✓ 🚀 end',
        emptyString: '',
        bytes: Bytes.fromUint8Array(new Uint8Array([0, 1, 2, 254, 255])),
        timestamp: new Timestamp(1_700_000_000, 123_456_000),
        beforeEpoch: new Timestamp(-86_400, 5_000),
        geoPoint: new GeoPoint(-33.9, 151.2),
        array: [1, 'two', { three: 3 }, null, true],
        emptyArray: [],
        map: { deep: { deeper: { deepest: 'x' } }, list: [1, 2] },
        emptyMap: {},
      };
      await setDoc(doc(db, path), { ...values, reference: doc(db, 'other/doc') });
      const data = (await getDoc(doc(other, path))).data()!;
      const { reference, bytes, ...rest } = data;
      const { bytes: expectedBytes, ...expectedRest } = values;
      expect(rest).toEqual(expectedRest);
      expect((bytes as Bytes).isEqual(expectedBytes)).toBe(true);
      expect(reference.path).toBe('other/doc');
    });

    it('keeps subcollections independent of their parent document', async () => {
      const { db, other } = ctx();
      const room = `${uniqueCollection('rooms')}/r1`;
      await setDoc(doc(db, `${room}/messages/m1`), { text: 'hello' });
      expect((await getDoc(doc(other, room))).exists()).toBe(false);
      expect((await getDoc(doc(other, `${room}/messages/m1`))).data()).toEqual({ text: 'hello' });
      await setDoc(doc(db, `${room}/messages/m1/reactions/x`), { emoji: '👍' });
      const reactions = await getDocs(collection(other, `${room}/messages/m1/reactions`));
      expect(reactions.docs.map((d) => d.data())).toEqual([{ emoji: '👍' }]);
    });

    it('adds documents with generated ids', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      const ref = await addDoc(collection(db, name), { n: 1 });
      expect(ref.id).toMatch(/^[A-Za-z0-9]{20}$/);
      expect((await getDoc(doc(other, name, ref.id))).data()).toEqual({ n: 1 });
    });
  });
}
