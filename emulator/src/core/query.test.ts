import { beforeEach, describe, expect, it } from 'vitest';
import type { Database, StructuredQuery } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { and, field, ids, name, or, owner, ROOT, seed, unary, v } from './testing.ts';

let db: Database;
const run = (
  q: Omit<StructuredQuery, 'from'> & { from?: StructuredQuery['from'] },
  parent = ROOT,
) => ids(db.runQuery(parent, { from: [{ collectionId: 'c' }], ...q }, owner));
const asc = (fieldPath: string) => ({ field: { fieldPath }, direction: 'ASCENDING' as const });
const desc = (fieldPath: string) => ({ field: { fieldPath }, direction: 'DESCENDING' as const });

beforeEach(() => {
  db = createEmulatorCore().database('p', '(default)');
  seed(db, {
    'c/a': {
      n: v.int(1),
      s: v.str('x'),
      tags: v.arr(v.str('red'), v.str('blue')),
      m: v.map({ k: v.int(1) }),
    },
    'c/b': { n: v.double(2.5), s: v.str('y'), tags: v.arr(v.str('green')) },
    'c/c': { n: v.int(3), s: v.null() },
    'c/d': { n: v.double(Number.NaN), s: v.str('x') },
    'c/e': { s: v.str('z'), n: v.str('3') },
    'c/f': { other: v.bool(true) },
    'other/a': { n: v.int(1) },
    'c/a/sub/x': { n: v.int(100) },
  });
});

describe('runQuery basics', () => {
  it('returns the collection in name order, not subcollections', () => {
    expect(run({})).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('answers an empty result with one readTime-only response', () => {
    const r = db.runQuery(ROOT, { from: [{ collectionId: 'nothing' }] }, owner);
    expect(r).toHaveLength(1);
    expect(r[0]!.document).toBeUndefined();
    expect(r[0]!.readTime).toMatch(/Z$/);
  });

  it('queries a subcollection under a document parent', () => {
    expect(ids(db.runQuery(name('c/a'), { from: [{ collectionId: 'sub' }] }, owner))).toEqual([
      'x',
    ]);
  });
});

describe('field filters', () => {
  it.each([
    ['EQUAL', v.int(1), ['a']],
    ['EQUAL', v.double(3), ['c']], // 3 == 3.0
    ['LESS_THAN', v.int(3), ['d', 'a', 'b']], // NaN sorts first among numbers
    ['LESS_THAN_OR_EQUAL', v.int(3), ['d', 'a', 'b', 'c']],
    ['GREATER_THAN', v.int(1), ['b', 'c']],
    ['GREATER_THAN_OR_EQUAL', v.double(2.5), ['b', 'c']],
    ['NOT_EQUAL', v.int(1), ['d', 'b', 'c', 'e']], // other types included, missing excluded
    ['IN', v.arr(v.int(1), v.int(3), v.str('3')), ['a', 'c', 'e']],
    ['NOT_IN', v.arr(v.int(1), v.str('3')), ['d', 'b', 'c']],
  ] as const)('%s %j', (op, value, expected) => {
    expect(run({ where: field('n', op, value) })).toEqual(expected);
  });

  it('range filters only match the same type class', () => {
    expect(run({ where: field('s', 'GREATER_THAN', v.str('')) })).toEqual(['a', 'd', 'b', 'e']);
    expect(run({ where: field('s', 'GREATER_THAN', v.null()) })).toEqual([]);
  });

  it('NOT_EQUAL and NOT_IN exclude null values; NOT_IN with null matches nothing', () => {
    expect(run({ where: field('s', 'NOT_EQUAL', v.str('x')) })).toEqual(['b', 'e']);
    expect(run({ where: field('s', 'NOT_IN', v.arr(v.str('x'))) })).toEqual(['b', 'e']);
    expect(run({ where: field('s', 'NOT_IN', v.arr(v.null())) })).toEqual([]);
  });

  it('array-contains and array-contains-any', () => {
    expect(run({ where: field('tags', 'ARRAY_CONTAINS', v.str('blue')) })).toEqual(['a']);
    expect(
      run({ where: field('tags', 'ARRAY_CONTAINS_ANY', v.arr(v.str('green'), v.str('red'))) }),
    ).toEqual(['a', 'b']);
  });

  it('filters on nested fields and __name__', () => {
    expect(run({ where: field('m.k', 'EQUAL', v.int(1)) })).toEqual(['a']);
    expect(run({ where: field('__name__', 'GREATER_THAN', v.ref('c/d')) })).toEqual(['e', 'f']);
    expect(run({ where: field('__name__', 'IN', v.arr(v.ref('c/a'), v.ref('c/f'))) })).toEqual([
      'a',
      'f',
    ]);
  });
});

describe('unary filters', () => {
  it('IS_NAN, IS_NULL, IS_NOT_NAN, IS_NOT_NULL', () => {
    expect(run({ where: unary('n', 'IS_NAN') })).toEqual(['d']);
    expect(run({ where: unary('s', 'IS_NULL') })).toEqual(['c']);
    expect(run({ where: unary('n', 'IS_NOT_NAN') })).toEqual(['a', 'b', 'c', 'e']);
    expect(run({ where: unary('s', 'IS_NOT_NULL') })).toEqual(['a', 'd', 'b', 'e']);
  });
});

describe('composite filters', () => {
  it('AND, OR and nesting', () => {
    expect(
      run({ where: and(field('s', 'EQUAL', v.str('x')), field('n', 'EQUAL', v.int(1))) }),
    ).toEqual(['a']);
    expect(
      run({ where: or(field('s', 'EQUAL', v.str('z')), field('n', 'EQUAL', v.int(3))) }),
    ).toEqual(['c', 'e']);
    expect(
      run({
        where: or(
          and(field('s', 'EQUAL', v.str('x')), unary('n', 'IS_NAN')),
          and(field('other', 'EQUAL', v.bool(true))),
        ),
      }),
    ).toEqual(['d', 'f']);
  });
});

describe('ordering', () => {
  it('orders across types and drops documents missing the field', () => {
    expect(run({ orderBy: [asc('n')] })).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(run({ orderBy: [desc('n')] })).toEqual(['e', 'c', 'b', 'a', 'd']);
  });

  it('breaks ties by name in the direction of the last orderBy', () => {
    seed(db, { 'c/g': { s: v.str('x') } });
    expect(run({ where: field('s', 'EQUAL', v.str('x')), orderBy: [desc('s')] })).toEqual([
      'g',
      'd',
      'a',
    ]);
    expect(run({ where: field('s', 'EQUAL', v.str('x')), orderBy: [asc('s')] })).toEqual([
      'a',
      'd',
      'g',
    ]);
  });

  it('orders implicitly by inequality fields, then name', () => {
    expect(run({ where: field('n', 'GREATER_THAN', v.int(0)) })).toEqual(['a', 'b', 'c']);
    expect(run({ where: field('n', 'GREATER_THAN', v.int(0)), orderBy: [desc('s')] })).toEqual([
      'b',
      'a',
      'c',
    ]); // null sorts last descending
  });

  it('orders by __name__ descending', () => {
    expect(run({ orderBy: [desc('__name__')] })).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });
});

describe('cursors, offset and limit', () => {
  const order = { orderBy: [asc('n')] };
  it('startAt / startAfter / endAt / endBefore', () => {
    expect(run({ ...order, startAt: { values: [v.int(1)], before: true } })).toEqual([
      'a',
      'b',
      'c',
      'e',
    ]);
    expect(run({ ...order, startAt: { values: [v.int(1)], before: false } })).toEqual([
      'b',
      'c',
      'e',
    ]);
    expect(run({ ...order, endAt: { values: [v.int(3)], before: false } })).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
    expect(run({ ...order, endAt: { values: [v.int(3)], before: true } })).toEqual(['d', 'a', 'b']);
  });

  it('cursors on name and multiple fields', () => {
    expect(run({ ...order, startAt: { values: [v.int(1), v.ref('c/a')], before: false } })).toEqual(
      ['b', 'c', 'e'],
    );
    expect(run({ startAt: { values: [v.ref('c/c')], before: true } })).toEqual([
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(run({ orderBy: [desc('n')], startAt: { values: [v.int(3)], before: false } })).toEqual([
      'b',
      'a',
      'd',
    ]);
  });

  it('rejects more cursor values than orderings', () => {
    expect(() => run({ startAt: { values: [v.int(1), v.int(2)] } })).toThrow(
      /Too many cursor values/,
    );
  });

  it('offset, limit and skippedResults', () => {
    expect(run({ limit: 2 })).toEqual(['a', 'b']);
    expect(run({ offset: 2, limit: 2 })).toEqual(['c', 'd']);
    expect(run({ offset: 10 })).toEqual([]);
    const r = db.runQuery(ROOT, { from: [{ collectionId: 'c' }], offset: 4 }, owner);
    expect(r[0]!.skippedResults).toBe(4);
    expect(run({ limit: 0 })).toEqual([]);
  });

  it('limitToLast as the web SDK sends it (reversed order + limit)', () => {
    expect(run({ orderBy: [desc('n'), desc('__name__')], limit: 2 })).toEqual(['e', 'c']);
  });
});

describe('select', () => {
  it('projects fields, or only the name', () => {
    const [a] = db.runQuery(
      ROOT,
      { from: [{ collectionId: 'c' }], select: { fields: [{ fieldPath: 'm.k' }] }, limit: 1 },
      owner,
    );
    expect(a!.document!.fields).toEqual({ m: v.map({ k: v.int(1) }) });
    const [b] = db.runQuery(
      ROOT,
      { from: [{ collectionId: 'c' }], select: { fields: [{ fieldPath: '__name__' }] }, limit: 1 },
      owner,
    );
    expect(b!.document!.fields).toEqual({});
    expect(b!.document!.name).toBe(name('c/a'));
  });
});

describe('collection groups and recursive queries', () => {
  beforeEach(() => {
    seed(db, {
      'x/1/c/deep': { n: v.int(7) },
      'x/1/y/2/c/deeper': { n: v.int(8) },
      'x/1/z/q': { n: v.int(9) },
    });
  });

  it('allDescendants from the root matches every collection with that id', () => {
    expect(
      ids(
        db.runQuery(
          ROOT,
          {
            from: [{ collectionId: 'c', allDescendants: true }],
            where: field('n', 'GREATER_THAN', v.int(5)),
          },
          owner,
        ),
      ),
    ).toEqual(['deep', 'deeper']);
  });

  it('allDescendants under a parent stays under it', () => {
    expect(
      ids(db.runQuery(name('x/1'), { from: [{ collectionId: 'c', allDescendants: true }] }, owner)),
    ).toEqual(['deep', 'deeper']);
    expect(
      ids(
        db.runQuery(
          name('x/1/y/2'),
          { from: [{ collectionId: 'c', allDescendants: true }] },
          owner,
        ),
      ),
    ).toEqual(['deeper']);
  });

  it('kindless allDescendants with select __name__ (recursiveDelete)', () => {
    const r = db.runQuery(
      name('x/1'),
      { from: [{ allDescendants: true }], select: { fields: [{ fieldPath: '__name__' }] } },
      owner,
    );
    expect(r.map((x) => x.document!.name.slice(ROOT.length + 1))).toEqual([
      'x/1/c/deep',
      'x/1/y/2/c/deeper',
      'x/1/z/q',
    ]);
  });
});

describe('validation', () => {
  it('rejects bad queries with INVALID_ARGUMENT', () => {
    expect(() => db.runQuery(ROOT, { from: [] }, owner)).toThrow(/exactly one/);
    expect(() => db.runQuery(name('c'), { from: [{ collectionId: 'x' }] }, owner)).toThrow();
    expect(() => db.runQuery(ROOT, { from: [{ collectionId: 'c' }], limit: -1 }, owner)).toThrow(
      /limit/,
    );
    expect(() =>
      db.runQuery(
        ROOT,
        { from: [{ collectionId: 'c' }], where: field('n', 'IN', v.int(1)) },
        owner,
      ),
    ).toThrow(/array value/);
  });

  it('rejects malformed filters', () => {
    const many = v.arr(...Array.from({ length: 31 }, (_, i) => v.int(i)));
    const q = (where: object) => () =>
      db.runQuery(ROOT, { from: [{ collectionId: 'c' }], where: where as never }, owner);
    expect(q(field('n', 'IN', many))).toThrow(/at most 30/);
    expect(
      q(field('n', 'NOT_IN', v.arr(...Array.from({ length: 11 }, (_, i) => v.int(i))))),
    ).toThrow(/at most 10/);
    expect(q(field('n', 'IN', v.arr()))).toThrow(/at least one/);
    expect(q({ compositeFilter: { op: 'AND', filters: [] } })).toThrow(/at least one filter/);
    expect(q({ compositeFilter: { op: 'XOR', filters: [field('n', 'EQUAL', v.int(1))] } })).toThrow(
      /Unknown composite/,
    );
    expect(q(field('n', 'LIKE' as never, v.int(1)))).toThrow(/Unknown field filter/);
    expect(q(unary('n', 'IS_EMPTY' as never))).toThrow(/Unknown unary/);
    expect(q(field('__name__', 'EQUAL', v.str('a')))).toThrow(/references/);
  });
});
