import { describe, expect, it } from 'vitest';
import type { Document } from './api.ts';
import { DocumentStore } from './document-store.ts';

const doc = (path: string, n: number): Document => ({
  name: `projects/p/databases/d/documents/${path}`,
  fields: { n: { integerValue: String(n) } },
  createTime: '2020-01-01T00:00:00.000000Z',
  updateTime: '2020-01-01T00:00:00.000000Z',
});

describe('DocumentStore', () => {
  it('reads the latest state or the state at a past time', () => {
    const store = new DocumentStore();
    store.put('c/a', doc('c/a', 1), 10);
    store.put('c/a', doc('c/a', 2), 20);
    store.put('c/a', null, 30);
    expect(store.get('c/a')).toBeNull();
    expect(store.get('c/a', 9)).toBeNull();
    expect(store.get('c/a', 10)?.fields?.n).toEqual({ integerValue: '1' });
    expect(store.get('c/a', 25)?.fields?.n).toEqual({ integerValue: '2' });
    expect([...store.documentsIn('c', 15)]).toHaveLength(1);
    expect([...store.documentsIn('c')]).toHaveLength(0);
  });

  it('forgets history and tombstones past the retention', () => {
    const store = new DocumentStore(100);
    store.put('c/a', doc('c/a', 1), 10);
    store.put('c/a', doc('c/a', 2), 20);
    store.put('c/b', doc('c/b', 1), 20);
    store.put('c/b', null, 30);
    store.put('c/a', doc('c/a', 3), 500);
    // A read at the cutoff still sees what was current then; older history is gone (the
    // database refuses reads that old).
    expect(store.get('c/a', 400)?.fields?.n).toEqual({ integerValue: '2' });
    expect(store.get('c/a', 15)).toBeNull();
    store.sweep(1000);
    expect([...store.collectionPaths()]).toEqual(['c']);
    expect(store.hasDocuments('c')).toBe(true);
    store.put('c/a', null, 2000);
    store.sweep(5000);
    expect([...store.collectionPaths()]).toEqual([]);
  });

  it('lists collections and documents across depths', () => {
    const store = new DocumentStore();
    store.put('a/1', doc('a/1', 1), 1);
    store.put('a/1/b/2', doc('a/1/b/2', 1), 1);
    expect([...store.collectionPaths()].sort()).toEqual(['a', 'a/1/b']);
    expect([...store.allDocuments()]).toHaveLength(2);
    store.clear();
    expect([...store.allDocuments()]).toHaveLength(0);
  });
});
