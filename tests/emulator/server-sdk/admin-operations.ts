/** listDocuments, listCollections and recursiveDelete: the admin-only RPCs. */
import { describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

export function adminOperationTests(ctx: ContextRef): void {
  describe('admin operations', () => {
    it('lists documents, including ones that only have subcollections', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      await collection.doc('a').set({ n: 1 });
      await collection.doc('b').set({ n: 2 });
      await collection.doc('ghost').collection('child').doc('c').set({ n: 3 });
      const refs = await collection.listDocuments();
      expect(refs.map((ref) => ref.id).sort()).toEqual(['a', 'b', 'ghost']);
      expect((await collection.doc('ghost').get()).exists).toBe(false);
    });

    it('lists collections at the root and under a document', async () => {
      const { db } = ctx();
      const top = uniqueCollection('top');
      const parent = db.collection(top).doc('p');
      await parent.collection('one').doc('x').set({});
      await parent.collection('two').doc('y').set({});
      const children = await parent.listCollections();
      expect(children.map((child) => child.id).sort()).toEqual(['one', 'two']);
      const roots = await db.listCollections();
      expect(roots.map((root) => root.id)).toContain(top);
    });

    it('deletes a document and everything under it recursively', async () => {
      const { db } = ctx();
      const collection = db.collection(uniqueCollection());
      const root = collection.doc('root');
      await root.set({ n: 0 });
      await root.collection('a').doc('1').set({ n: 1 });
      await root.collection('a').doc('1').collection('b').doc('2').set({ n: 2 });
      await collection.doc('sibling').set({ n: 3 });
      await db.recursiveDelete(root);
      expect((await root.get()).exists).toBe(false);
      expect((await root.collection('a').doc('1').collection('b').doc('2').get()).exists).toBe(
        false,
      );
      expect((await collection.doc('sibling').get()).exists).toBe(true);
      await db.recursiveDelete(collection);
      expect((await collection.get()).size).toBe(0);
    });

    it('partitions a collection group query', async () => {
      const { db } = ctx();
      const group = uniqueCollection('g');
      await db.collection(group).doc('a').set({ n: 1 });
      const partitions = [];
      for await (const partition of db.collectionGroup(group).getPartitions(3))
        partitions.push(partition);
      expect(partitions.length).toBeGreaterThanOrEqual(1);
      const found = await Promise.all(
        partitions.map(async (partition) => (await partition.toQuery().get()).size),
      );
      expect(found.reduce((a, b) => a + b, 0)).toBe(1);
    });
  });
}
