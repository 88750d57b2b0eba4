import { describe, expect, it } from 'vitest';
import type { Aggregation, Value } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { field, owner, ROOT, seed, v } from './testing.ts';

function setup(docs: Record<string, Record<string, Value>>) {
  const db = createEmulatorCore().database('p', '(default)');
  seed(db, docs);
  return (aggregations: Aggregation[], extra: object = {}) =>
    db.runAggregationQuery(
      ROOT,
      { from: [{ collectionId: 'c' }], ...extra },
      aggregations,
      owner,
    )[0]!.result.aggregateFields;
}

describe('aggregations', () => {
  const agg = setup({
    'c/a': { n: v.int(1), x: v.double(0.5) },
    'c/b': { n: v.int(2), x: v.str('not a number') },
    'c/c': { n: v.int(3) },
    'c/d': { other: v.bool(true) },
  });

  it('count, with upTo and with the query limit', () => {
    expect(agg([{ alias: 'n', count: {} }])).toEqual({ n: v.int(4) });
    expect(agg([{ alias: 'n', count: { upTo: '2' } }])).toEqual({ n: v.int(2) });
    expect(agg([{ alias: 'n', count: {} }], { limit: 3 })).toEqual({ n: v.int(3) });
    expect(
      agg([{ alias: 'n', count: {} }], { where: field('n', 'GREATER_THAN', v.int(1)) }),
    ).toEqual({ n: v.int(2) });
  });

  it('sum keeps ints, doubles make it double, non-numbers ignored', () => {
    expect(agg([{ alias: 's', sum: { field: { fieldPath: 'n' } } }])).toEqual({ s: v.int(6) });
    expect(agg([{ alias: 's', sum: { field: { fieldPath: 'x' } } }])).toEqual({ s: v.double(0.5) });
    expect(agg([{ alias: 's', sum: { field: { fieldPath: 'missing' } } }])).toEqual({
      s: v.int(0),
    });
  });

  it('avg is a double, null over nothing', () => {
    expect(agg([{ alias: 'a', avg: { field: { fieldPath: 'n' } } }])).toEqual({ a: v.double(2) });
    expect(agg([{ alias: 'a', avg: { field: { fieldPath: 'missing' } } }])).toEqual({
      a: v.null(),
    });
  });

  it('several aggregations at once, default aliases', () => {
    expect(agg([{ count: {} }, { sum: { field: { fieldPath: 'n' } } }])).toEqual({
      field_1: v.int(4),
      field_2: v.int(6),
    });
    expect(() => agg([])).toThrow(/At least one/);
    expect(() =>
      agg([
        { alias: 'a', count: {} },
        { alias: 'a', count: {} },
      ]),
    ).toThrow(/Duplicate/);
  });

  it('int sums that overflow int64 become doubles; NaN propagates', () => {
    const big = setup({ 'c/a': { n: v.int('9223372036854775807') }, 'c/b': { n: v.int(1) } });
    expect(big([{ alias: 's', sum: { field: { fieldPath: 'n' } } }])).toEqual({
      s: v.double(2 ** 63),
    });
    const nan = setup({ 'c/a': { n: v.double(Number.NaN) }, 'c/b': { n: v.int(1) } });
    expect(nan([{ alias: 's', sum: { field: { fieldPath: 'n' } } }])).toEqual({
      s: v.double(Number.NaN),
    });
  });
});
