/**
 * Randomized check: whatever the commits, applying a listener's events yields exactly what a
 * fresh query returns (covers incremental limit windows, filters, deletes, cursors).
 */
import { describe, expect, it } from 'vitest';
import type { ListenResponse, StructuredQuery, Write } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { del, field, flush, owner, ROOT, set, v } from './testing.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const queries: Record<string, StructuredQuery> = {
  all: { from: [{ collectionId: 'c' }] },
  filtered: { from: [{ collectionId: 'c' }], where: field('n', 'GREATER_THAN_OR_EQUAL', v.int(5)) },
  top3: {
    from: [{ collectionId: 'c' }],
    orderBy: [{ field: { fieldPath: 'n' }, direction: 'DESCENDING' }],
    limit: 3,
  },
  bottom2: { from: [{ collectionId: 'c' }], orderBy: [{ field: { fieldPath: 'n' } }], limit: 2 },
  windowFiltered: {
    from: [{ collectionId: 'c' }],
    where: field('even', 'EQUAL', v.bool(true)),
    orderBy: [{ field: { fieldPath: 'n' } }],
    limit: 4,
  },
  offset: {
    from: [{ collectionId: 'c' }],
    orderBy: [{ field: { fieldPath: 'n' } }],
    offset: 2,
    limit: 3,
  },
  cursor: {
    from: [{ collectionId: 'c' }],
    orderBy: [{ field: { fieldPath: 'n' } }],
    startAt: { values: [v.int(3)], before: true },
    limit: 3,
  },
};

describe('listen consistency (randomized)', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const random = prng(seed);
    const db = createEmulatorCore().database('p', '(default)');
    const ids = Object.keys(queries);
    const state = new Map<number, Map<string, string>>(ids.map((_, i) => [i + 1, new Map()]));
    const apply = (r: ListenResponse) => {
      if ('documentChange' in r) {
        for (const id of r.documentChange.targetIds ?? []) {
          state.get(id)!.set(r.documentChange.document.name, r.documentChange.document.updateTime);
        }
      } else if ('documentDelete' in r) {
        for (const id of r.documentDelete.removedTargetIds ?? [])
          state.get(id)!.delete(r.documentDelete.document);
      } else if ('documentRemove' in r) {
        for (const id of r.documentRemove.removedTargetIds ?? [])
          state.get(id)!.delete(r.documentRemove.document);
      }
    };
    const session = db.listen(owner, apply);
    for (const [i, key] of ids.entries()) {
      session.addTarget({
        targetId: i + 1,
        query: { parent: ROOT, structuredQuery: queries[key]! },
      });
    }

    for (let step = 0; step < 150; step++) {
      const writes: Write[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let w = 0; w < count; w++) {
        const path = `c/d${Math.floor(random() * 12)}`;
        if (random() < 0.25) writes.push(del(path));
        else {
          const n = Math.floor(random() * 10);
          writes.push(
            set(
              path,
              random() < 0.1 ? { other: v.int(n) } : { n: v.int(n), even: v.bool(n % 2 === 0) },
            ),
          );
        }
      }
      db.commit(writes, owner);
      await flush();
      ids.forEach((key, i) => {
        const expected = new Map(
          db
            .runQuery(ROOT, queries[key]!, owner)
            .filter((r) => r.document)
            .map((r) => [r.document!.name, r.document!.updateTime]),
        );
        expect(state.get(i + 1), `${key} after step ${step}`).toEqual(expected);
      });
    }
    session.close();
  });
});
