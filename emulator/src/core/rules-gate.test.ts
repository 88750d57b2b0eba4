import { describe, expect, it } from 'vitest';
import type { CompileResult, RulesRequest } from '../rules/api.ts';
import type { Caller } from './api.ts';
import { FirestoreError } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { del, field, name, owner, ROOT, set, user, v } from './testing.ts';

/** A rules engine double: records every request and decides with `allow`. */
function setup(allow: (req: RulesRequest) => boolean = () => true) {
  const requests: RulesRequest[] = [];
  const compileRules = (source: string): CompileResult =>
    source === 'bad'
      ? {
          ok: false,
          issues: [
            { sourcePosition: { line: 1, column: 1 }, description: 'bad', severity: 'ERROR' },
          ],
        }
      : {
          ok: true,
          issues: [],
          rules: {
            evaluate: (req) => {
              requests.push(req);
              return { allowed: allow(req), reason: 'denied by test' };
            },
          },
        };
  const core = createEmulatorCore({ compileRules });
  const db = core.database('p', '(default)');
  return { core, db, requests };
}

const alice: Caller = user('alice');

function status(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof FirestoreError) return `${e.status}: ${e.message}`;
    throw e;
  }
  return undefined;
}

describe('rules gate', () => {
  it('allows everything while no rules were ever set', () => {
    const { db, requests } = setup(() => false);
    db.commit([set('c/a', {})], alice);
    db.batchGet([name('c/a')], alice);
    expect(requests).toEqual([]);
  });

  it('keeps old rules when new ones do not compile', () => {
    const { core, db } = setup(() => false);
    expect(core.setRules('p', 'bad').issues).toHaveLength(1);
    db.commit([set('c/a', {})], alice);
    core.setRules('p', 'good');
    expect(status(() => db.commit([set('c/b', {})], alice))).toMatch(
      /^PERMISSION_DENIED: Missing or insufficient permissions\. denied by test/,
    );
  });

  it('owners bypass rules; other projects are unaffected', () => {
    const { core, db, requests } = setup(() => false);
    core.setRules('p', 'rules');
    db.commit([set('c/a', {})], owner);
    core
      .database('q', '(default)')
      .commit([{ update: { name: 'projects/q/databases/(default)/documents/c/a' } }], alice);
    expect(requests).toEqual([]);
  });

  it('set is create when absent, update when present; delete is delete', () => {
    const { core, db, requests } = setup();
    core.setRules('p', 'rules');
    db.commit([set('c/a', { n: v.int(1) })], alice);
    db.commit([set('c/a', { m: v.int(2) }, { updateMask: { fieldPaths: ['m'] } })], alice);
    db.commit([del('c/a')], alice);
    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ['create', 'c/a'],
      ['update', 'c/a'],
      ['delete', 'c/a'],
    ]);
    expect(requests[1]!.resource?.fields).toEqual({ n: v.int(1) });
    expect(requests[1]!.requestResource?.fields).toEqual({ n: v.int(1), m: v.int(2) });
    expect(requests[1]!.auth).toEqual({ uid: 'alice', token: { sub: 'alice' } });
    expect(requests[1]!.database).toBe('(default)');
  });

  it('request.time is the commit time and serverTimestamps equal it', () => {
    const { core, db, requests } = setup();
    core.setRules('p', 'rules');
    const { commitTime } = db.commit(
      [
        set(
          'c/a',
          {},
          { updateTransforms: [{ fieldPath: 'at', setToServerValue: 'REQUEST_TIME' }] },
        ),
      ],
      alice,
    );
    expect(requests[0]!.time).toBe(commitTime);
    expect(requests[0]!.requestResource?.fields.at).toEqual(v.ts(commitTime));
  });

  it('every write of a batch must pass; get sees before, getAfter sees after the batch', () => {
    const { core, db, requests } = setup((req) => req.path !== 'c/denied');
    core.setRules('p', 'rules');
    db.commit([set('c/existing', { v: v.int(1) })], owner);
    expect(status(() => db.commit([set('c/ok', {}), set('c/denied', {})], alice))).toMatch(
      /^PERMISSION_DENIED/,
    );
    expect(db.batchGet([name('c/ok')], owner)[0]).toHaveProperty('missing');
    requests.length = 0;
    db.commit([set('c/one', {}), set('c/existing', { v: v.int(2) })], alice);
    const first = requests[0]!;
    expect(first.lookup.get('c/one')).toBeNull();
    expect(first.lookup.getAfter('c/one')).not.toBeNull();
    expect(first.lookup.get('/c/existing')?.fields).toEqual({ v: v.int(1) });
    expect(first.lookup.getAfter('c/existing')?.fields).toEqual({ v: v.int(2) });
  });

  it('reads check get; queries check list with the query', () => {
    const { core, db, requests } = setup((req) => req.method !== 'list' || req.path === 'open');
    core.setRules('p', 'rules');
    db.commit([set('c/a', { n: v.int(1) })], owner);
    db.batchGet([name('c/a'), name('c/b')], alice);
    expect(requests.map((r) => [r.method, r.path, r.resource?.fields ?? null])).toEqual([
      ['get', 'c/a', { n: v.int(1) }],
      ['get', 'c/b', null],
    ]);
    requests.length = 0;
    const query = { from: [{ collectionId: 'c' }], where: field('n', 'EQUAL', v.int(1)), limit: 5 };
    expect(status(() => db.runQuery(ROOT, query, alice))).toMatch(/^PERMISSION_DENIED/);
    expect(requests[0]!.method).toBe('list');
    expect(requests[0]!.path).toBe('c');
    expect(requests[0]!.query).toEqual({ parent: ROOT, structuredQuery: query });
    expect(requests[0]!.resource).toBeUndefined();
    db.runQuery(ROOT, { from: [{ collectionId: 'open' }] }, alice);
    expect(
      status(() => db.runAggregationQuery(ROOT, query, [{ alias: 'n', count: {} }], alice)),
    ).toMatch(/^PERMISSION_DENIED/);
    expect(status(() => db.listDocuments(ROOT, 'c', alice, {}))).toMatch(/^PERMISSION_DENIED/);
  });

  it('collection group queries pass parent path plus collection id', () => {
    const { core, db, requests } = setup();
    core.setRules('p', 'rules');
    db.runQuery(name('w/1'), { from: [{ collectionId: 'chats', allDescendants: true }] }, alice);
    expect(requests[0]!.path).toBe('w/1/chats');
    expect(requests[0]!.query?.structuredQuery.from?.[0]?.allDescendants).toBe(true);
  });

  it('precondition failures are reported before rules', () => {
    const { core, db } = setup(() => false);
    core.setRules('p', 'rules');
    expect(
      status(() => db.commit([set('c/a', {}, { currentDocument: { exists: true } })], alice)),
    ).toMatch(/^NOT_FOUND/);
  });

  it('a throwing rules engine denies', () => {
    const { core, db } = setup(() => {
      throw new Error('boom');
    });
    core.setRules('p', 'rules');
    expect(status(() => db.commit([set('c/a', {})], alice))).toMatch(/^PERMISSION_DENIED: .*boom/);
  });

  it('without a compiler, setRules reports an issue', () => {
    const core = createEmulatorCore();
    expect(core.setRules('p', 'x').issues[0]!.severity).toBe('ERROR');
  });
});
