import { describe, expect, it } from 'vitest';
import type { Database } from './api.ts';
import { FirestoreError } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { field, name, owner, ROOT, seed, set, v } from './testing.ts';

function setup(): Database {
  const db = createEmulatorCore().database('p', '(default)');
  seed(db, { 'c/counter': { n: v.int(0) } });
  return db;
}

function status(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof FirestoreError) return e.status;
    throw e;
  }
  return undefined;
}

function readCounter(db: Database, consistency?: object): { n: number; transaction?: string } {
  const [r] = db.batchGet([name('c/counter')], owner, consistency);
  if (!r || !('found' in r)) throw new Error('counter missing');
  return {
    n: Number((r.found.fields!.n as { integerValue: string }).integerValue),
    transaction: r.transaction,
  };
}

describe('read-write transactions', () => {
  it('begin, read, commit', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    expect(transaction).toMatch(/^[A-Za-z0-9+/=]+$/);
    const { n } = readCounter(db, { transaction });
    db.commit([set('c/counter', { n: v.int(n + 1) })], owner, transaction);
    expect(readCounter(db).n).toBe(1);
  });

  it('starts lazily with newTransaction and returns the id in the first response', () => {
    const db = setup();
    const { transaction } = readCounter(db, { newTransaction: { readWrite: {} } });
    expect(transaction).toBeTruthy();
    const q = db.runQuery(ROOT, { from: [{ collectionId: 'c' }] }, owner, {
      newTransaction: { readWrite: {} },
    });
    expect(q[0]!.transaction).toBeTruthy();
    const agg = db.runAggregationQuery(
      ROOT,
      { from: [{ collectionId: 'c' }] },
      [{ alias: 'n', count: {} }],
      owner,
      {
        newTransaction: { readOnly: {} },
      },
    );
    expect(agg[0]!.transaction).toBeTruthy();
    db.commit([set('c/counter', { n: v.int(5) })], owner, transaction);
    expect(readCounter(db).n).toBe(5);
  });

  it('aborts when a document read in the transaction changed', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    readCounter(db, { transaction });
    db.commit([set('c/counter', { n: v.int(42) })], owner);
    expect(status(() => db.commit([set('c/counter', { n: v.int(1) })], owner, transaction))).toBe(
      'ABORTED',
    );
    expect(readCounter(db).n).toBe(42);
    // The aborted transaction is over.
    expect(status(() => db.commit([], owner, transaction))).toBe('INVALID_ARGUMENT');
  });

  it('aborts when a document read as missing was created', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    db.batchGet([name('c/new')], owner, { transaction });
    db.commit([set('c/new', {})], owner);
    expect(status(() => db.commit([set('c/new', { a: v.int(1) })], owner, transaction))).toBe(
      'ABORTED',
    );
  });

  it('aborts when a query read in the transaction has new results (phantoms)', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    db.runQuery(
      ROOT,
      { from: [{ collectionId: 'c' }], where: field('n', 'GREATER_THAN', v.int(10)) },
      owner,
      { transaction },
    );
    db.commit([set('c/big', { n: v.int(11) })], owner);
    expect(status(() => db.commit([set('c/x', {})], owner, transaction))).toBe('ABORTED');
  });

  it('commits fine when unrelated documents changed', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    readCounter(db, { transaction });
    db.commit([set('c/other', {})], owner);
    db.commit([set('c/counter', { n: v.int(1) })], owner, transaction);
  });

  it('concurrent increments with retries end with the right total', async () => {
    const db = setup();
    const worker = async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const { n, transaction } = readCounter(db, { newTransaction: { readWrite: {} } });
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        try {
          db.commit([set('c/counter', { n: v.int(n + 1) })], owner, transaction);
          return;
        } catch (e) {
          if (!(e instanceof FirestoreError) || e.status !== 'ABORTED') throw e;
        }
      }
      throw new Error('too many attempts');
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    expect(readCounter(db).n).toBe(10);
  });

  it('rollback ends the transaction; unknown ids are INVALID_ARGUMENT', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner);
    db.rollback(transaction, owner);
    expect(status(() => db.rollback(transaction, owner))).toBe('INVALID_ARGUMENT');
    expect(status(() => db.batchGet([name('c/counter')], owner, { transaction }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(status(() => db.commit([], owner, 'bm9wZQ=='))).toBe('INVALID_ARGUMENT');
  });

  it('rejects conflicting consistency selectors', () => {
    const db = setup();
    expect(
      status(() =>
        db.batchGet([name('c/counter')], owner, {
          transaction: 'x',
          readTime: '2020-01-01T00:00:00Z',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('read-only transactions', () => {
  it('read a fixed snapshot and cannot write', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner, { readOnly: {} });
    expect(readCounter(db, { transaction }).n).toBe(0);
    db.commit([set('c/counter', { n: v.int(7) })], owner);
    expect(readCounter(db, { transaction }).n).toBe(0);
    expect(status(() => db.commit([set('c/x', {})], owner, transaction))).toBe('INVALID_ARGUMENT');
  });

  it('commit with no writes succeeds', () => {
    const db = setup();
    const { transaction } = db.beginTransaction(owner, { readOnly: {} });
    expect(db.commit([], owner, transaction).writeResults).toEqual([]);
  });
});

describe('web SDK transactions (no ids)', () => {
  it('batchGet then commit with updateTime preconditions and verify writes', () => {
    const db = setup();
    seed(db, { 'c/other': { v: v.int(1) } });
    const [counter, other] = db.batchGet([name('c/counter'), name('c/other')], owner);
    const counterTime = 'found' in counter! ? counter.found.updateTime : '';
    const otherTime = 'found' in other! ? other.found.updateTime : '';
    const writes = [
      set('c/counter', { n: v.int(1) }, { currentDocument: { updateTime: counterTime } }),
      { verify: name('c/other'), currentDocument: { updateTime: otherTime } },
    ];
    db.commit(writes, owner);
    // Replaying the same transaction now fails: the counter changed.
    expect(status(() => db.commit(writes, owner))).toBe('FAILED_PRECONDITION');
  });
});
