/** Every query operator, composite filters, ordering, limits, cursors, collection groups, aggregations. */
import {
  AggregateField,
  type CollectionReference,
  FieldPath,
  Filter,
} from '@google-cloud/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

const PEOPLE = [
  { id: 'ada', age: 36, team: 'red', tags: ['math', 'code'], score: 9.5, nick: null },
  { id: 'bob', age: 25, team: 'blue', tags: ['code'], score: 7 },
  { id: 'cy', age: 41, team: 'red', tags: ['art'], score: Number.NaN },
  { id: 'dee', age: 25, team: 'green', tags: [], score: 8 },
  { id: 'eve', age: 30, team: 'blue', tags: ['math', 'art'], score: 6.5 },
] as const;

export function queryTests(ctx: ContextRef): void {
  describe('queries', () => {
    let people: CollectionReference;
    const ids = async (query: FirebaseFirestore.Query) =>
      (await query.get()).docs.map((doc) => doc.id);
    const sorted = async (query: FirebaseFirestore.Query) => (await ids(query)).sort();

    beforeAll(async () => {
      people = ctx().db.collection(uniqueCollection('people'));
      const batch = ctx().db.batch();
      for (const { id, ...data } of PEOPLE) batch.set(people.doc(id), data);
      await batch.commit();
    });

    it('filters with every comparison operator', async () => {
      expect(await sorted(people.where('age', '==', 25))).toEqual(['bob', 'dee']);
      expect(await sorted(people.where('age', '!=', 25))).toEqual(['ada', 'cy', 'eve']);
      expect(await sorted(people.where('age', '<', 30))).toEqual(['bob', 'dee']);
      expect(await sorted(people.where('age', '<=', 30))).toEqual(['bob', 'dee', 'eve']);
      expect(await sorted(people.where('age', '>', 36))).toEqual(['cy']);
      expect(await sorted(people.where('age', '>=', 36))).toEqual(['ada', 'cy']);
      expect(await sorted(people.where('team', 'in', ['red', 'green']))).toEqual([
        'ada',
        'cy',
        'dee',
      ]);
      expect(await sorted(people.where('team', 'not-in', ['red', 'green']))).toEqual([
        'bob',
        'eve',
      ]);
      expect(await sorted(people.where('tags', 'array-contains', 'math'))).toEqual(['ada', 'eve']);
      expect(await sorted(people.where('tags', 'array-contains-any', ['art', 'code']))).toEqual([
        'ada',
        'bob',
        'cy',
        'eve',
      ]);
    });

    it('filters on null and NaN', async () => {
      expect(await sorted(people.where('nick', '==', null))).toEqual(['ada']);
      expect(await sorted(people.where('score', '==', Number.NaN))).toEqual(['cy']);
      expect(await sorted(people.where('nick', '!=', null))).toEqual([]);
    });

    it('combines filters with and() and or()', async () => {
      const redOrYoung = Filter.or(Filter.where('team', '==', 'red'), Filter.where('age', '<', 26));
      expect(await sorted(people.where(redOrYoung))).toEqual(['ada', 'bob', 'cy', 'dee']);
      const nested = Filter.and(
        Filter.where('age', '>=', 25),
        Filter.or(
          Filter.where('team', '==', 'blue'),
          Filter.where('tags', 'array-contains', 'art'),
        ),
      );
      expect(await sorted(people.where(nested))).toEqual(['bob', 'cy', 'eve']);
      expect(await sorted(people.where('team', '==', 'blue').where('age', '>', 26))).toEqual([
        'eve',
      ]);
    });

    it('orders, limits, offsets and limits to last', async () => {
      expect(await ids(people.orderBy('age').orderBy(FieldPath.documentId()))).toEqual([
        'bob',
        'dee',
        'eve',
        'ada',
        'cy',
      ]);
      expect(await ids(people.orderBy('age', 'desc').limit(2))).toEqual(['cy', 'ada']);
      expect(
        await ids(people.orderBy('age').orderBy(FieldPath.documentId()).offset(1).limit(2)),
      ).toEqual(['dee', 'eve']);
      expect(
        await ids(people.orderBy('age').orderBy(FieldPath.documentId()).limitToLast(2)),
      ).toEqual(['ada', 'cy']);
      // Ordering by a field excludes documents without it.
      expect(await ids(people.orderBy('nick'))).toEqual(['ada']);
    });

    it('pages with cursors, by values and by snapshot', async () => {
      const byAge = people.orderBy('age').orderBy(FieldPath.documentId());
      expect(await ids(byAge.startAt(30))).toEqual(['eve', 'ada', 'cy']);
      expect(await ids(byAge.startAfter(30))).toEqual(['ada', 'cy']);
      expect(await ids(byAge.endAt(30))).toEqual(['bob', 'dee', 'eve']);
      expect(await ids(byAge.endBefore(30))).toEqual(['bob', 'dee']);
      expect(await ids(byAge.startAfter(25, 'bob'))).toEqual(['dee', 'eve', 'ada', 'cy']);
      const eve = await people.doc('eve').get();
      expect(await ids(byAge.startAfter(eve))).toEqual(['ada', 'cy']);
      expect(await ids(people.orderBy('age', 'desc').startAt(36).endAt(25))).toEqual([
        'ada',
        'eve',
        'dee',
        'bob',
      ]);
    });

    it('selects fields and queries by document id', async () => {
      const snap = await people
        .where(FieldPath.documentId(), '==', people.doc('bob'))
        .select('team')
        .get();
      expect(snap.docs.map((doc) => doc.data())).toEqual([{ team: 'blue' }]);
      expect(await sorted(people.where(FieldPath.documentId(), 'in', ['ada', 'cy']))).toEqual([
        'ada',
        'cy',
      ]);
    });

    it('queries a collection group across parents', async () => {
      const { db } = ctx();
      const group = uniqueCollection('msgs');
      const rooms = db.collection(uniqueCollection('rooms'));
      await rooms.doc('r1').collection(group).doc('m1').set({ n: 1 });
      await rooms.doc('r2').collection(group).doc('m2').set({ n: 2 });
      await db.collection(group).doc('top').set({ n: 3 });
      await rooms.doc('r1').collection(`${group}x`).doc('other').set({ n: 4 });
      const all = await db.collectionGroup(group).orderBy('n').get();
      expect(all.docs.map((doc) => doc.ref.path)).toEqual([
        `${rooms.id}/r1/${group}/m1`,
        `${rooms.id}/r2/${group}/m2`,
        `${group}/top`,
      ]);
      const filtered = await db.collectionGroup(group).where('n', '>=', 2).get();
      expect(filtered.size).toBe(2);
    });

    it('counts, sums and averages on the server', async () => {
      expect((await people.count().get()).data().count).toBe(5);
      expect((await people.where('team', '==', 'blue').count().get()).data().count).toBe(2);
      const stats = await people
        .where('team', 'in', ['blue', 'green'])
        .aggregate({
          total: AggregateField.sum('age'),
          mean: AggregateField.average('age'),
          howMany: AggregateField.count(),
        })
        .get();
      expect(stats.data()).toEqual({ total: 80, mean: 80 / 3, howMany: 3 });
      const none = await people
        .where('team', '==', 'nobody')
        .aggregate({ mean: AggregateField.average('age') })
        .get();
      expect(none.data().mean).toBeNull();
    });
  });
}
