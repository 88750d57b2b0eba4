/** Every query operator, or()/and(), ordering, limits, cursors, collection groups and aggregations. */
import {
  and,
  average,
  collection,
  collectionGroup,
  count,
  doc,
  documentId,
  endAt,
  endBefore,
  getAggregateFromServer,
  getCountFromServer,
  getDoc,
  getDocs,
  limit,
  limitToLast,
  or,
  orderBy,
  type Query,
  type QueryConstraint,
  query,
  setDoc,
  startAfter,
  startAt,
  sum,
  where,
  writeBatch,
} from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueCollection } from '../support/target.ts';
import type { ContextRef } from './context.ts';

const PEOPLE = [
  { id: 'ada', age: 36, team: 'red', tags: ['math', 'code'], nick: null },
  { id: 'bob', age: 25, team: 'blue', tags: ['code'] },
  { id: 'cy', age: 41, team: 'red', tags: ['art'], score: Number.NaN },
  { id: 'dee', age: 25, team: 'green', tags: [] },
  { id: 'eve', age: 30, team: 'blue', tags: ['math', 'art'] },
];

export function queryTests(ctx: ContextRef): void {
  describe('queries', () => {
    let people: string;
    const ids = async (q: Query) => (await getDocs(q)).docs.map((d) => d.id);
    const sorted = async (q: Query) => (await ids(q)).sort();
    const from = (...constraints: QueryConstraint[]) =>
      query(collection(ctx().db, people), ...constraints);

    beforeAll(async () => {
      people = uniqueCollection('people');
      const batch = writeBatch(ctx().other);
      for (const { id, ...data } of PEOPLE) batch.set(doc(ctx().other, people, id), data);
      await batch.commit();
    });

    it('filters with every comparison operator', async () => {
      expect(await sorted(from(where('age', '==', 25)))).toEqual(['bob', 'dee']);
      expect(await sorted(from(where('age', '!=', 25)))).toEqual(['ada', 'cy', 'eve']);
      expect(await sorted(from(where('age', '<', 30)))).toEqual(['bob', 'dee']);
      expect(await sorted(from(where('age', '<=', 30)))).toEqual(['bob', 'dee', 'eve']);
      expect(await sorted(from(where('age', '>', 36)))).toEqual(['cy']);
      expect(await sorted(from(where('age', '>=', 36)))).toEqual(['ada', 'cy']);
      expect(await sorted(from(where('team', 'in', ['red', 'green'])))).toEqual([
        'ada',
        'cy',
        'dee',
      ]);
      expect(await sorted(from(where('team', 'not-in', ['red', 'green'])))).toEqual(['bob', 'eve']);
      expect(await sorted(from(where('tags', 'array-contains', 'math')))).toEqual(['ada', 'eve']);
      expect(await sorted(from(where('tags', 'array-contains-any', ['art', 'code'])))).toEqual([
        'ada',
        'bob',
        'cy',
        'eve',
      ]);
      expect(await sorted(from(where('nick', '==', null)))).toEqual(['ada']);
      expect(await sorted(from(where('score', '==', Number.NaN)))).toEqual(['cy']);
    });

    it('combines filters with and() and or()', async () => {
      expect(
        await sorted(
          query(
            collection(ctx().db, people),
            or(where('team', '==', 'red'), where('age', '<', 26)),
          ),
        ),
      ).toEqual(['ada', 'bob', 'cy', 'dee']);
      const nested = and(
        where('age', '>=', 25),
        or(where('team', '==', 'blue'), where('tags', 'array-contains', 'art')),
      );
      expect(await sorted(query(collection(ctx().db, people), nested))).toEqual([
        'bob',
        'cy',
        'eve',
      ]);
    });

    it('orders, limits and limits to last', async () => {
      const byAge = [orderBy('age'), orderBy(documentId())] as const;
      expect(await ids(from(...byAge))).toEqual(['bob', 'dee', 'eve', 'ada', 'cy']);
      expect(await ids(from(orderBy('age', 'desc'), limit(2)))).toEqual(['cy', 'ada']);
      expect(await ids(from(...byAge, limitToLast(2)))).toEqual(['ada', 'cy']);
    });

    it('pages with cursors, by values and by snapshot', async () => {
      const byAge = [orderBy('age'), orderBy(documentId())] as const;
      expect(await ids(from(...byAge, startAt(30)))).toEqual(['eve', 'ada', 'cy']);
      expect(await ids(from(...byAge, startAfter(30)))).toEqual(['ada', 'cy']);
      expect(await ids(from(...byAge, endAt(30)))).toEqual(['bob', 'dee', 'eve']);
      expect(await ids(from(...byAge, endBefore(30)))).toEqual(['bob', 'dee']);
      expect(await ids(from(...byAge, startAfter(25, 'bob')))).toEqual(['dee', 'eve', 'ada', 'cy']);
      const eve = await getDoc(doc(ctx().db, people, 'eve'));
      expect(await ids(from(...byAge, startAfter(eve), limit(1)))).toEqual(['ada']);
    });

    it('queries a collection group across parents', async () => {
      const { db, other } = ctx();
      const group = uniqueCollection('msgs');
      const rooms = uniqueCollection('rooms');
      await setDoc(doc(other, rooms, 'r1', group, 'm1'), { n: 1 });
      await setDoc(doc(other, rooms, 'r2', group, 'm2'), { n: 2 });
      await setDoc(doc(other, group, 'top'), { n: 3 });
      const snap = await getDocs(query(collectionGroup(db, group), orderBy('n')));
      expect(snap.docs.map((d) => d.ref.path)).toEqual([
        `${rooms}/r1/${group}/m1`,
        `${rooms}/r2/${group}/m2`,
        `${group}/top`,
      ]);
      expect((await getDocs(query(collectionGroup(db, group), where('n', '>=', 2)))).size).toBe(2);
    });

    it('counts, sums and averages on the server', async () => {
      expect((await getCountFromServer(from())).data().count).toBe(5);
      expect((await getCountFromServer(from(where('team', '==', 'blue')))).data().count).toBe(2);
      const stats = await getAggregateFromServer(from(where('team', 'in', ['blue', 'green'])), {
        total: sum('age'),
        mean: average('age'),
        howMany: count(),
      });
      expect(stats.data()).toEqual({ total: 80, mean: 80 / 3, howMany: 3 });
    });
  });
}
