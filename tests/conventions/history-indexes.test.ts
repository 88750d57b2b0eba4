/**
 * Every query History makes has its composite index in firestore.indexes.json. The emulator
 * answers any query, production refuses one without its index ("The query requires an index"),
 * so this compares the shapes utils/domain/history.ts can produce with the index file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { everyHistoryQueryShape, type HistoryQuerySpec } from '../../utils/domain/history.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface IndexField {
  fieldPath: string;
  order?: 'ASCENDING' | 'DESCENDING';
  arrayConfig?: 'CONTAINS';
}
interface CompositeIndex {
  collectionGroup: string;
  queryScope: string;
  fields: IndexField[];
}

const indexes = (
  JSON.parse(readFileSync(path.join(rootDir, 'firestore.indexes.json'), 'utf8')) as {
    indexes: CompositeIndex[];
  }
).indexes.filter((index) => index.collectionGroup === 'chatHistory');

/** A field as an index spells it, for comparing regardless of the equalities' order. */
const key = (field: IndexField) => `${field.fieldPath}:${field.arrayConfig ?? field.order}`;

/**
 * The index a query shape needs: its equality fields and its array-contains word (in any order,
 * Firestore matches them as a set), then the field it orders (and ranges) on.
 */
function needed(spec: HistoryQuerySpec): { prefix: string[]; last: string } {
  const prefix = spec.equals.map(([field]) => `${field}:ASCENDING`);
  if (spec.word) prefix.push('words:CONTAINS');
  const [field, direction] = spec.orderBy;
  return {
    prefix: prefix.sort(),
    last: `${field}:${direction === 'desc' ? 'DESCENDING' : 'ASCENDING'}`,
  };
}

function serves(index: CompositeIndex, want: { prefix: string[]; last: string }): boolean {
  const fields = index.fields.map(key);
  const last = fields.pop();
  return (
    index.queryScope === 'COLLECTION' &&
    last === want.last &&
    fields.sort().join() === want.prefix.join()
  );
}

describe('History queries and firestore.indexes.json', () => {
  const shapes = everyHistoryQueryShape();
  const distinct = new Map(shapes.map((spec) => [JSON.stringify(needed(spec)), spec]));

  it.each([...distinct])('has an index for %s', (_name, spec) => {
    expect(indexes.some((index) => serves(index, needed(spec)))).toBe(true);
  });

  it('keeps no chatHistory index that no query uses', () => {
    const used = indexes.filter((index) => shapes.some((spec) => serves(index, needed(spec))));
    expect(used).toHaveLength(indexes.length);
  });
});
