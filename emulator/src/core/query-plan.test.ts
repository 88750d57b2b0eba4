import { describe, expect, it } from 'vitest';
import { planQuery } from './query-plan.ts';
import { field, or, v } from './testing.ts';

const order = (q: object) =>
  planQuery('', { from: [{ collectionId: 'c' }], ...q }).orderBy.map(
    (o) => `${o.path}${o.descending ? ' desc' : ''}`,
  );

describe('planQuery ordering', () => {
  it('adds __name__ last, in the direction of the last explicit order', () => {
    expect(order({})).toEqual(['__name__']);
    expect(order({ orderBy: [{ field: { fieldPath: 'a' }, direction: 'DESCENDING' }] })).toEqual([
      'a desc',
      '__name__ desc',
    ]);
  });

  it('adds inequality fields (sorted) before __name__', () => {
    const where = or(
      field('z', 'GREATER_THAN', v.int(1)),
      field('b', 'NOT_EQUAL', v.int(1)),
      field('b', 'LESS_THAN', v.int(9)),
    );
    expect(order({ where })).toEqual(['b', 'z', '__name__']);
    expect(
      order({ where, orderBy: [{ field: { fieldPath: 'z' }, direction: 'DESCENDING' }] }),
    ).toEqual(['z desc', 'b desc', '__name__ desc']);
  });

  it('canonicalizes quoted paths and keeps an explicit __name__', () => {
    expect(
      order({
        orderBy: [
          { field: { fieldPath: '`a`.b' } },
          { field: { fieldPath: '__name__' }, direction: 'DESCENDING' },
        ],
      }),
    ).toEqual(['a.b', '__name__ desc']);
  });

  it('accepts numeric directions and Int32Value wrappers from transports', () => {
    const plan = planQuery('', {
      from: [{ collectionId: 'c' }],
      orderBy: [{ field: { fieldPath: 'a' }, direction: 2 as never }],
      limit: { value: 3 } as never,
    });
    expect(plan.orderBy[0]!.descending).toBe(true);
    expect(plan.limit).toBe(3);
  });

  it('refuses findNearest as UNIMPLEMENTED', () => {
    expect(() => planQuery('', { from: [{ collectionId: 'c' }], findNearest: {} })).toThrow(
      /findNearest/,
    );
  });
});
