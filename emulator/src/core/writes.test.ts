import { describe, expect, it } from 'vitest';
import type { Database, Document } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { del, name, owner, set, v } from './testing.ts';

function setup(): Database {
  return createEmulatorCore().database('p', '(default)');
}

function get(db: Database, path: string): Document | undefined {
  const [r] = db.batchGet([name(path)], owner);
  return r && 'found' in r ? r.found : undefined;
}

function statusOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return `${(e as { status: string }).status}: ${(e as Error).message}`;
  }
  return undefined;
}

describe('commit', () => {
  it('sets, replaces and keeps createTime', () => {
    const db = setup();
    const first = db.commit([set('c/a', { x: v.int(1), y: v.int(2) })], owner);
    const second = db.commit([set('c/a', { x: v.int(3) })], owner);
    const doc = get(db, 'c/a')!;
    expect(doc.fields).toEqual({ x: v.int(3) });
    expect(doc.createTime).toBe(first.commitTime);
    expect(doc.updateTime).toBe(second.commitTime);
    expect(second.writeResults[0]!.updateTime).toBe(second.commitTime);
    expect(second.commitTime > first.commitTime).toBe(true);
  });

  it('merges with an update mask, deleting mask fields absent from fields', () => {
    const db = setup();
    db.commit(
      [set('c/a', { a: v.int(1), b: v.int(2), m: v.map({ x: v.int(1), y: v.int(2) }) })],
      owner,
    );
    db.commit(
      [
        set(
          'c/a',
          { a: v.int(10), m: v.map({ y: v.int(20) }) },
          { updateMask: { fieldPaths: ['a', 'm.y', 'b', 'zz'] } },
        ),
      ],
      owner,
    );
    expect(get(db, 'c/a')!.fields).toEqual({
      a: v.int(10),
      m: v.map({ x: v.int(1), y: v.int(20) }),
    });
  });

  it('deletes documents and ignores deleting missing ones', () => {
    const db = setup();
    db.commit([set('c/a', { a: v.int(1) })], owner);
    const r = db.commit([del('c/a'), del('c/missing')], owner);
    expect(r.writeResults).toEqual([{}, {}]);
    expect(get(db, 'c/a')).toBeUndefined();
  });

  it('shares one commit time across the writes of a commit and applies them in order', () => {
    const db = setup();
    const r = db.commit(
      [
        set('c/a', { n: v.int(1) }),
        set('c/b', { n: v.int(2) }),
        set(
          'c/a',
          { n: v.int(3) },
          {
            updateMask: { fieldPaths: ['n'] },
            updateTransforms: [{ fieldPath: 'n', increment: v.int(1) }],
          },
        ),
      ],
      owner,
    );
    expect(r.writeResults.map((w) => w.updateTime)).toEqual([
      r.commitTime,
      r.commitTime,
      r.commitTime,
    ]);
    expect(get(db, 'c/a')!.fields).toEqual({ n: v.int(4) });
    expect(r.writeResults[2]!.transformResults).toEqual([v.int(4)]);
  });

  it('applies every update transform with one result per transform', () => {
    const db = setup();
    db.commit(
      [set('c/a', { n: v.int(1), arr: v.arr(v.int(1), v.int(2)), lo: v.int(5), hi: v.int(5) })],
      owner,
    );
    const r = db.commit(
      [
        {
          update: { name: name('c/a'), fields: {} },
          updateMask: { fieldPaths: [] },
          updateTransforms: [
            { fieldPath: 'at', setToServerValue: 'REQUEST_TIME' },
            { fieldPath: 'n', increment: v.int(2) },
            { fieldPath: 'hi', maximum: v.int(9) },
            { fieldPath: 'lo', minimum: v.int(1) },
            { fieldPath: 'arr', appendMissingElements: { values: [v.int(3)] } },
            { fieldPath: 'arr', removeAllFromArray: { values: [v.int(1)] } },
            { fieldPath: 'nested.count', increment: v.double(0.5) },
          ],
        },
      ],
      owner,
    );
    const results = r.writeResults[0]!.transformResults!;
    expect(results).toHaveLength(7);
    expect(results[0]).toEqual(v.ts(r.commitTime));
    expect(get(db, 'c/a')!.fields).toEqual({
      at: v.ts(r.commitTime),
      n: v.int(3),
      hi: v.int(9),
      lo: v.int(1),
      arr: v.arr(v.int(2), v.int(3)),
      nested: v.map({ count: v.double(0.5) }),
    });
  });

  it('supports the legacy transform write', () => {
    const db = setup();
    const r = db.commit(
      [
        {
          transform: {
            document: name('c/t'),
            fieldTransforms: [{ fieldPath: 'n', increment: v.int(5) }],
          },
        },
      ],
      owner,
    );
    expect(r.writeResults[0]!.transformResults).toEqual([v.int(5)]);
    expect(get(db, 'c/t')!.fields).toEqual({ n: v.int(5) });
  });

  it('keeps updateTime for writes that change nothing', () => {
    const db = setup();
    const first = db.commit([set('c/a', { n: v.int(1) })], owner);
    const again = db.commit([set('c/a', { n: v.int(1) })], owner);
    expect(again.writeResults[0]!.updateTime).toBe(first.commitTime);
    expect(get(db, 'c/a')!.updateTime).toBe(first.commitTime);
    const changedType = db.commit([set('c/a', { n: v.double(1) })], owner);
    expect(changedType.writeResults[0]!.updateTime).toBe(changedType.commitTime);
  });

  it('truncates timestamps to microseconds', () => {
    const db = setup();
    db.commit([set('c/a', { t: v.ts('2020-01-01T00:00:00.123456789Z') })], owner);
    expect(get(db, 'c/a')!.fields!.t).toEqual(v.ts('2020-01-01T00:00:00.123456Z'));
  });
});

describe('preconditions', () => {
  it('update on a missing document is NOT_FOUND', () => {
    const db = setup();
    expect(
      statusOf(() =>
        db.commit([set('c/a', { a: v.int(1) }, { currentDocument: { exists: true } })], owner),
      ),
    ).toBe(`NOT_FOUND: No document to update: ${name('c/a')}`);
  });

  it('create on an existing document is ALREADY_EXISTS', () => {
    const db = setup();
    db.commit([set('c/a', {}, { currentDocument: { exists: false } })], owner);
    expect(
      statusOf(() => db.commit([set('c/a', {}, { currentDocument: { exists: false } })], owner)),
    ).toMatch(/^ALREADY_EXISTS: Document already exists/);
  });

  it('checks updateTime preconditions', () => {
    const db = setup();
    const { commitTime } = db.commit([set('c/a', { n: v.int(1) })], owner);
    db.commit(
      [set('c/a', { n: v.int(2) }, { currentDocument: { updateTime: commitTime } })],
      owner,
    );
    expect(
      statusOf(() =>
        db.commit(
          [set('c/a', { n: v.int(3) }, { currentDocument: { updateTime: commitTime } })],
          owner,
        ),
      ),
    ).toMatch(/^FAILED_PRECONDITION/);
    expect(
      statusOf(() =>
        db.commit([{ verify: name('c/zz'), currentDocument: { updateTime: commitTime } }], owner),
      ),
    ).toMatch(/^FAILED_PRECONDITION/);
  });

  it('verify writes check without writing', () => {
    const db = setup();
    const { commitTime } = db.commit([set('c/a', { n: v.int(1) })], owner);
    const r = db.commit(
      [{ verify: name('c/a'), currentDocument: { updateTime: commitTime } }, set('c/b', {})],
      owner,
    );
    expect(r.writeResults[0]).toEqual({});
    expect(
      statusOf(() =>
        db.commit([{ verify: name('c/a'), currentDocument: { exists: false } }], owner),
      ),
    ).toMatch(/^ALREADY_EXISTS/);
  });

  it('delete with exists:true on a missing document is NOT_FOUND', () => {
    const db = setup();
    expect(
      statusOf(() => db.commit([del('c/a', { currentDocument: { exists: true } })], owner)),
    ).toMatch(/^NOT_FOUND: No document to delete/);
  });

  it('a failed write leaves the whole batch unapplied', () => {
    const db = setup();
    expect(
      statusOf(() =>
        db.commit([set('c/ok', {}), set('c/a', {}, { currentDocument: { exists: true } })], owner),
      ),
    ).toMatch(/^NOT_FOUND/);
    expect(get(db, 'c/ok')).toBeUndefined();
  });
});

describe('limits and validation', () => {
  it('rejects more than 500 writes', () => {
    const db = setup();
    const writes = Array.from({ length: 501 }, (_, i) => set(`c/d${i}`, {}));
    expect(statusOf(() => db.commit(writes, owner))).toMatch(
      /^INVALID_ARGUMENT: A maximum of 500 writes/,
    );
    expect(db.commit(writes.slice(0, 500), owner).writeResults).toHaveLength(500);
  });

  it('rejects documents over 1 MiB', () => {
    const db = setup();
    // name c/a = 2 + 2 + 16, field s = 2 + (len + 1), document overhead 32: len + 55 bytes.
    const big = 'x'.repeat(1_048_576 - 54);
    expect(statusOf(() => db.commit([set('c/a', { s: v.str(big) })], owner))).toMatch(
      /^INVALID_ARGUMENT: Document '.*c\/a' cannot be written because its size \(1,048,577 bytes\) exceeds/,
    );
    const fits = 'x'.repeat(1_048_576 - 55);
    db.commit([set('c/a', { s: v.str(fits) })], owner);
  });

  it('rejects malformed writes', () => {
    const db = setup();
    expect(statusOf(() => db.commit([{}], owner))).toMatch(/exactly one of/);
    expect(
      statusOf(() =>
        db.commit([{ delete: name('c/a'), updateTransforms: [], verify: name('c/a') }], owner),
      ),
    ).toMatch(/exactly one of/);
    expect(statusOf(() => db.commit([set('c', {})], owner))).toMatch(/^INVALID_ARGUMENT/);
    expect(statusOf(() => db.commit([set('c/__a__', {})], owner))).toMatch(/reserved/);
    expect(
      statusOf(() =>
        db.commit(
          [{ update: { name: 'projects/other/databases/(default)/documents/c/a' } }],
          owner,
        ),
      ),
    ).toMatch(/does not belong/);
  });
});

describe('batchWrite', () => {
  it('applies writes independently and reports a status per write', () => {
    const db = setup();
    const r = db.batchWrite(
      [set('c/a', {}), set('c/b', {}, { currentDocument: { exists: true } }), set('c/c', {})],
      owner,
    );
    expect(r.status.map((s) => s.code)).toEqual([0, 5, 0]);
    expect(r.writeResults[1]).toEqual({});
    expect(get(db, 'c/a')).toBeDefined();
    expect(get(db, 'c/c')).toBeDefined();
  });
});

describe('stored values', () => {
  it('rejects arrays directly inside arrays and nesting deeper than 20', () => {
    const db = setup();
    expect(statusOf(() => db.commit([set('c/a', { a: v.arr(v.arr()) })], owner))).toMatch(
      /array directly inside an array/,
    );
    expect(
      statusOf(() =>
        db.commit(
          [
            set(
              'c/a',
              { a: v.arr() },
              {
                updateTransforms: [
                  { fieldPath: 'a', appendMissingElements: { values: [v.arr()] } },
                ],
              },
            ),
          ],
          owner,
        ),
      ),
    ).toMatch(/array directly inside an array/);
    db.commit([set('c/ok', { a: v.arr(v.map({ b: v.arr(v.int(1)) })) })], owner);
    let deep = v.int(1);
    for (let i = 0; i < 19; i++) deep = v.map({ x: deep });
    db.commit([set('c/deep', { x: deep })], owner);
    expect(statusOf(() => db.commit([set('c/deep', { x: v.map({ x: deep }) })], owner))).toMatch(
      /maximum depth/,
    );
  });

  it('hands out frozen documents so callers cannot corrupt the store', () => {
    const db = setup();
    db.commit([set('c/a', { n: v.int(1) })], owner);
    const doc = get(db, 'c/a')!;
    expect(() => {
      (doc.fields as Record<string, unknown>).n = v.int(2);
    }).toThrow(TypeError);
    expect(get(db, 'c/a')!.fields).toEqual({ n: v.int(1) });
  });
});
