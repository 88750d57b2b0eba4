/** onSnapshot over the Listen stream: changes made by another client arrive from the server. */
import {
  collection,
  type DocumentChangeType,
  deleteDoc,
  doc,
  limit,
  onSnapshot,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { eventually, uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function listenTests(ctx: ContextRef): void {
  describe('snapshot listeners', () => {
    it('reports added, modified and removed documents written by another client', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      await setDoc(doc(other, name, 'a'), { n: 1, open: true });
      const changes: [DocumentChangeType, string][][] = [];
      const unsubscribe = onSnapshot(
        query(collection(db, name), where('open', '==', true)),
        (snap) => {
          if (!snap.metadata.fromCache)
            changes.push(snap.docChanges().map((c) => [c.type, c.doc.id]));
        },
      );
      try {
        await eventually(() => expect(changes).toEqual([[['added', 'a']]]));
        await setDoc(doc(other, name, 'b'), { n: 2, open: true });
        await eventually(() => expect(changes.at(-1)).toEqual([['added', 'b']]));
        await updateDoc(doc(other, name, 'a'), { n: 10 });
        await eventually(() => expect(changes.at(-1)).toEqual([['modified', 'a']]));
        await updateDoc(doc(other, name, 'b'), { open: false });
        await eventually(() => expect(changes.at(-1)).toEqual([['removed', 'b']]));
        await deleteDoc(doc(other, name, 'a'));
        await eventually(() => expect(changes.at(-1)).toEqual([['removed', 'a']]));
      } finally {
        unsubscribe();
      }
    });

    it('follows a single document and an ordered, limited query', async () => {
      const { db, other } = ctx();
      const name = uniqueCollection();
      const seen: unknown[] = [];
      let top: string[] = [];
      const stopDoc = onSnapshot(doc(db, name, 'd2'), (snap) => {
        if (!snap.metadata.fromCache) seen.push(snap.data());
      });
      const stopQuery = onSnapshot(
        query(collection(db, name), orderBy('n', 'desc'), limit(2)),
        (snap) => {
          top = snap.docs.map((d) => d.id);
        },
      );
      try {
        await eventually(() => expect(seen).toEqual([undefined]));
        for (const n of [1, 2, 3]) await setDoc(doc(other, name, `d${n}`), { n });
        await eventually(() => expect(top).toEqual(['d3', 'd2']));
        await eventually(() => expect(seen.at(-1)).toEqual({ n: 2 }));
        await deleteDoc(doc(other, name, 'd3'));
        await eventually(() => expect(top).toEqual(['d2', 'd1']));
        await deleteDoc(doc(other, name, 'd2'));
        await eventually(() => expect(seen.at(-1)).toBeUndefined());
      } finally {
        stopDoc();
        stopQuery();
      }
    });
  });
}
