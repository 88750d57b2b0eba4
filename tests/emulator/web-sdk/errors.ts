/** Errors through the web SDK: not-found, invalid-argument (>500 writes, 1 MiB documents). */
import { doc, getDoc, setDoc, updateDoc, writeBatch } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import { type ContextRef, expectCode } from './context.ts';

export function errorTests(ctx: ContextRef): void {
  describe('errors', () => {
    it('updating a missing document is not-found', async () => {
      const { db } = ctx();
      await expectCode(updateDoc(doc(db, uniqueCollection(), 'missing'), { a: 1 }), 'not-found');
    });

    it('more than 500 writes in one batch is invalid-argument', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      const batch = writeBatch(db);
      for (let i = 0; i < 501; i++) batch.set(doc(db, name, `d${i}`), { i });
      await expectCode(batch.commit(), 'invalid-argument');
      expect((await getDoc(doc(other, name, 'd0'))).exists()).toBe(false);
    });

    it('a document over 1 MiB is invalid-argument', async () => {
      const { db, other } = ctx();
      const ref = doc(db, uniqueCollection(), 'big');
      await expectCode(setDoc(ref, { blob: 'x'.repeat(1024 * 1024 + 10) }), 'invalid-argument');
      expect((await getDoc(doc(other, ref.path))).exists()).toBe(false);
    });
  });
}
