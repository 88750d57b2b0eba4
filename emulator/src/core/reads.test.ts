import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from './index.ts';
import { del, name, owner, ROOT, seed, set, user, v } from './testing.ts';

function setup() {
  const db = createEmulatorCore().database('p', '(default)');
  seed(db, {
    'c/a': { x: v.int(1), m: v.map({ y: v.int(2), z: v.int(3) }) },
    'c/b': { x: v.int(2) },
  });
  return db;
}

describe('batchGet and getDocument', () => {
  it('answers every name in request order, found or missing, with one readTime', () => {
    const db = setup();
    const r = db.batchGet([name('c/missing'), name('c/b'), name('c/a')], owner);
    expect(r.map((x) => ('found' in x ? x.found.name : x.missing))).toEqual([
      name('c/missing'),
      name('c/b'),
      name('c/a'),
    ]);
    expect('missing' in r[0]!).toBe(true);
    expect(new Set(r.map((x) => x.readTime)).size).toBe(1);
  });

  it('applies masks', () => {
    const db = setup();
    const [r] = db.batchGet([name('c/a')], owner, undefined, ['m.y']);
    expect(r && 'found' in r && r.found.fields).toEqual({ m: v.map({ y: v.int(2) }) });
    expect(db.getDocument(name('c/a'), owner, undefined, ['x']).fields).toEqual({ x: v.int(1) });
  });

  it('getDocument is NOT_FOUND for a missing document', () => {
    const db = setup();
    expect(() => db.getDocument(name('c/nope'), owner)).toThrow(/not found/);
    try {
      db.getDocument(name('c/nope'), owner);
    } catch (e) {
      expect((e as { status: string }).status).toBe('NOT_FOUND');
    }
  });

  it('reads at a past readTime', () => {
    const db = setup();
    const before = db.batchGet([name('c/a')], owner)[0]!.readTime;
    db.commit([set('c/a', { x: v.int(99) }), del('c/b'), set('c/new', {})], owner);
    const old = db.batchGet([name('c/a'), name('c/b'), name('c/new')], owner, { readTime: before });
    expect(old.map((x) => ('found' in x ? x.found.fields?.x : 'missing'))).toEqual([
      v.int(1),
      v.int(2),
      'missing',
    ]);
    expect(old[0]!.readTime).toBe(before);
    const q = db.runQuery(ROOT, { from: [{ collectionId: 'c' }] }, owner, { readTime: before });
    expect(q.map((x) => x.document?.name)).toEqual([name('c/a'), name('c/b')]);
  });

  it('refuses reads further back than the kept history', () => {
    const db = setup();
    expect(() => db.batchGet([name('c/a')], owner, { readTime: '2000-01-01T00:00:00Z' })).toThrow(
      /older than this emulator keeps history/,
    );
  });

  it('readTimes never go backwards and cover earlier commits', () => {
    const db = setup();
    const { commitTime } = db.commit([set('c/z', {})], owner);
    const r1 = db.batchGet([name('c/z')], owner)[0]!.readTime;
    const r2 = db.runQuery(ROOT, { from: [{ collectionId: 'c' }] }, owner)[0]!.readTime;
    expect(r1 >= commitTime).toBe(true);
    expect(r2 >= r1).toBe(true);
  });
});

describe('listDocuments', () => {
  it('pages through a collection in name order', () => {
    const db = createEmulatorCore().database('p', '(default)');
    seed(
      db,
      Object.fromEntries(['d', 'a', 'c', 'b', 'e'].map((id) => [`c/${id}`, { id: v.str(id) }])),
    );
    const first = db.listDocuments(ROOT, 'c', owner, { pageSize: 2 });
    expect(first.documents.map((d) => d.name.slice(-1))).toEqual(['a', 'b']);
    const second = db.listDocuments(ROOT, 'c', owner, {
      pageSize: 2,
      pageToken: first.nextPageToken,
    });
    expect(second.documents.map((d) => d.name.slice(-1))).toEqual(['c', 'd']);
    const third = db.listDocuments(ROOT, 'c', owner, {
      pageSize: 2,
      pageToken: second.nextPageToken,
    });
    expect(third.documents.map((d) => d.name.slice(-1))).toEqual(['e']);
    expect(third.nextPageToken).toBeUndefined();
    expect(db.listDocuments(ROOT, 'c', owner, { mask: [] }).documents[0]!.fields).toEqual({});
  });

  it('shows missing documents that only have subcollections', () => {
    const db = createEmulatorCore().database('p', '(default)');
    seed(db, { 'c/real': {}, 'c/ghost/sub/x': {}, 'c/ghost2/s/y/t/z': {} });
    expect(db.listDocuments(ROOT, 'c', owner, {}).documents.map((d) => d.name)).toEqual([
      name('c/real'),
    ]);
    const all = db.listDocuments(ROOT, 'c', owner, { showMissing: true }).documents;
    expect(all.map((d) => d.name)).toEqual([name('c/ghost'), name('c/ghost2'), name('c/real')]);
    expect(all[0]!.createTime).toBeUndefined();
  });

  it('lists documents under a document parent', () => {
    const db = createEmulatorCore().database('p', '(default)');
    seed(db, { 'c/a/sub/1': {}, 'c/a/sub/2': {}, 'c/b/sub/3': {} });
    expect(
      db.listDocuments(name('c/a'), 'sub', owner, {}).documents.map((d) => d.name.slice(-1)),
    ).toEqual(['1', '2']);
  });
});

describe('listCollectionIds', () => {
  it('lists direct child collections that hold documents at any depth', () => {
    const db = createEmulatorCore().database('p', '(default)');
    seed(db, { 'b/1': {}, 'a/1': {}, 'a/2/x/1': {}, 'a/2/y/9/z/1': {}, 'gone/1': {} });
    db.commit([del('gone/1')], owner);
    expect(db.listCollectionIds(ROOT, owner, {}).collectionIds).toEqual(['a', 'b']);
    expect(db.listCollectionIds(name('a/2'), owner, {}).collectionIds).toEqual(['x', 'y']);
    const page = db.listCollectionIds(ROOT, owner, { pageSize: 1 });
    expect(page.collectionIds).toEqual(['a']);
    expect(
      db.listCollectionIds(ROOT, owner, { pageSize: 1, pageToken: page.nextPageToken })
        .collectionIds,
    ).toEqual(['b']);
  });

  it('is for admins only, with or without rules', () => {
    const db = createEmulatorCore().database('p', '(default)');
    seed(db, { 'a/1': {} });
    for (const caller of [user('alice'), user(null)]) {
      expect(() => db.listCollectionIds(ROOT, caller, {})).toThrowError(
        expect.objectContaining({
          status: 'PERMISSION_DENIED',
          message: 'Metadata operations require admin authentication.',
        }),
      );
    }
  });
});

describe('isolation', () => {
  it('keeps projects and named databases apart; clear empties one database', () => {
    const core = createEmulatorCore();
    const a = core.database('p', '(default)');
    const b = core.database('p', 'other');
    const c = core.database('q', '(default)');
    a.commit([set('c/x', { n: v.int(1) })], owner);
    expect(b.batchGet(['projects/p/databases/other/documents/c/x'], owner)[0]).toHaveProperty(
      'missing',
    );
    expect(c.batchGet(['projects/q/databases/(default)/documents/c/x'], owner)[0]).toHaveProperty(
      'missing',
    );
    b.commit([{ update: { name: 'projects/p/databases/other/documents/c/x', fields: {} } }], owner);
    core.clear('p');
    expect(a.batchGet([name('c/x')], owner)[0]).toHaveProperty('missing');
    expect(b.batchGet(['projects/p/databases/other/documents/c/x'], owner)[0]).toHaveProperty(
      'found',
    );
  });
});
