/** Snapshot listeners (Listen over gRPC, also under preferRest) with added/modified/removed changes. */
import type { DocumentChangeType, QuerySnapshot } from '@google-cloud/firestore';
import { describe, expect, it } from 'vitest';
import { eventually, uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function listenTests(ctx: ContextRef): void {
  describe('snapshot listeners', () => {
    it('reports added, modified and removed documents of a query', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await collection.doc('a').set({ n: 1, open: true });
      const snapshots: QuerySnapshot[] = [];
      const changes: [DocumentChangeType, string][][] = [];
      const unsubscribe = collection.where('open', '==', true).onSnapshot((snapshot) => {
        snapshots.push(snapshot);
        changes.push(snapshot.docChanges().map((change) => [change.type, change.doc.id]));
      });
      try {
        await eventually(() => expect(changes).toEqual([[['added', 'a']]]));
        await collection.doc('b').set({ n: 2, open: true });
        await eventually(() => expect(changes.at(-1)).toEqual([['added', 'b']]));
        await collection.doc('a').update({ n: 10 });
        await eventually(() => expect(changes.at(-1)).toEqual([['modified', 'a']]));
        await collection.doc('b').update({ open: false });
        await eventually(() => expect(changes.at(-1)).toEqual([['removed', 'b']]));
        await collection.doc('a').delete();
        await eventually(() => expect(changes.at(-1)).toEqual([['removed', 'a']]));
        expect(snapshots.at(-1)!.size).toBe(0);
        expect(snapshots[2]!.docs.map((doc) => doc.data())).toEqual([
          { n: 10, open: true },
          { n: 2, open: true },
        ]);
      } finally {
        unsubscribe();
      }
    });

    it('follows a single document from missing to present to deleted', async () => {
      const { db } = ctx();
      const ref = db.collection(uniqueCollection()).doc('watched');
      const seen: (Record<string, unknown> | undefined)[] = [];
      const unsubscribe = ref.onSnapshot((snap) => seen.push(snap.data()));
      try {
        await eventually(() => expect(seen).toEqual([undefined]));
        await ref.set({ v: 1 });
        await eventually(() => expect(seen.at(-1)).toEqual({ v: 1 }));
        await ref.delete();
        await eventually(() => expect(seen.at(-1)).toBeUndefined());
        expect(seen).toEqual([undefined, { v: 1 }, undefined]);
      } finally {
        unsubscribe();
      }
    });

    it('keeps ordered, limited results in order as documents change', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await Promise.all([1, 2, 3].map((n) => collection.doc(`d${n}`).set({ n })));
      let latest: string[] = [];
      const unsubscribe = collection
        .orderBy('n', 'desc')
        .limit(2)
        .onSnapshot((snap) => {
          latest = snap.docs.map((doc) => doc.id);
        });
      try {
        await eventually(() => expect(latest).toEqual(['d3', 'd2']));
        await collection.doc('d4').set({ n: 4 });
        await eventually(() => expect(latest).toEqual(['d4', 'd3']));
        await collection.doc('d4').delete();
        await eventually(() => expect(latest).toEqual(['d3', 'd2']));
      } finally {
        unsubscribe();
      }
    });
  });
}
