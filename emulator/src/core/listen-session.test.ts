import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../rules/api.ts';
import type { Caller, ListenResponse, ListenTarget } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { del, field, flush, name, owner, ROOT, seed, set, user, v } from './testing.ts';

/** Compact rendering of a response for sequence assertions. */
function brief(r: ListenResponse): string {
  if ('targetChange' in r) {
    const t = r.targetChange;
    return `${t.targetChangeType ?? 'NO_CHANGE'}[${(t.targetIds ?? []).join(',')}]${t.cause ? `!${t.cause.code}` : ''}`;
  }
  if ('documentChange' in r)
    return `change ${r.documentChange.document.name.slice(ROOT.length + 1)} [${r.documentChange.targetIds}]`;
  if ('documentDelete' in r)
    return `delete ${r.documentDelete.document.slice(ROOT.length + 1)} [${r.documentDelete.removedTargetIds}]`;
  if ('documentRemove' in r)
    return `remove ${r.documentRemove.document.slice(ROOT.length + 1)} [${r.documentRemove.removedTargetIds}]`;
  return JSON.stringify(r);
}

function setup(caller: Caller = owner, compileRules?: (s: string) => CompileResult) {
  const core = createEmulatorCore({ compileRules });
  const db = core.database('p', '(default)');
  const received: ListenResponse[] = [];
  const session = db.listen(caller, (r) => received.push(r));
  const take = async () => {
    await flush();
    return received.splice(0).map(brief);
  };
  return { core, db, session, received, take };
}

const queryTarget = (targetId: number, extra: object = {}): ListenTarget => ({
  targetId,
  query: { parent: ROOT, structuredQuery: { from: [{ collectionId: 'c' }], ...extra } },
});

describe('listen: initial snapshot', () => {
  it('ADD, a change per match, CURRENT with a token, then a global NO_CHANGE with readTime', async () => {
    const { db, session, received, take } = setup();
    seed(db, { 'c/a': { n: v.int(1) }, 'c/b': { n: v.int(2) }, 'x/y': {} });
    session.addTarget(queryTarget(2));
    expect(received).toEqual([]); // delivered asynchronously
    await flush();
    const [, , , current, global] = received;
    expect(current && 'targetChange' in current && current.targetChange.resumeToken).toBeTruthy();
    expect(global && 'targetChange' in global && global.targetChange).toMatchObject({
      targetChangeType: 'NO_CHANGE',
      targetIds: [],
      readTime: expect.stringMatching(/Z$/),
    });
    expect(await take()).toEqual([
      'ADD[2]',
      'change c/a [2]',
      'change c/b [2]',
      'CURRENT[2]',
      'NO_CHANGE[]',
    ]);
  });

  it('documents targets: found, and missing ones get only ADD, CURRENT, NO_CHANGE', async () => {
    const { db, session, take } = setup();
    seed(db, { 'c/a': {} });
    session.addTarget({ targetId: 4, documents: { documents: [name('c/a'), name('c/missing')] } });
    expect(await take()).toEqual(['ADD[4]', 'change c/a [4]', 'CURRENT[4]', 'NO_CHANGE[]']);
    session.addTarget({ targetId: 6, documents: { documents: [name('c/none')] } });
    expect(await take()).toEqual(['ADD[6]', 'CURRENT[6]', 'NO_CHANGE[]']);
  });

  it('a resumed target is reset and sent in full', async () => {
    const { db, session, take } = setup();
    seed(db, { 'c/a': {} });
    session.addTarget({ ...queryTarget(2), resumeToken: 'dDEyMw==' });
    expect(await take()).toEqual([
      'ADD[2]',
      'RESET[2]',
      'change c/a [2]',
      'CURRENT[2]',
      'NO_CHANGE[]',
    ]);
    session.addTarget({ ...queryTarget(4), readTime: '2020-01-01T00:00:00Z' });
    expect(await take()).toEqual([
      'ADD[4]',
      'RESET[4]',
      'change c/a [4]',
      'CURRENT[4]',
      'NO_CHANGE[]',
    ]);
  });

  it('invalid targets are removed with a cause', async () => {
    const { session, take } = setup();
    session.addTarget({ targetId: 3, query: { parent: ROOT, structuredQuery: { from: [] } } });
    expect(await take()).toEqual(['REMOVE[3]!3']);
  });

  it('once targets are removed after their snapshot', async () => {
    const { session, take, db } = setup();
    session.addTarget({ ...queryTarget(2), once: true });
    expect(await take()).toEqual(['ADD[2]', 'CURRENT[2]', 'NO_CHANGE[]', 'REMOVE[2]']);
    seed(db, { 'c/a': {} });
    expect(await take()).toEqual([]);
  });
});

describe('listen: changes after commits', () => {
  it('entered, modified, deleted and left, then one global NO_CHANGE', async () => {
    const { db, session, received, take } = setup();
    seed(db, { 'c/stay': { n: v.int(1) }, 'c/gone': { n: v.int(1) }, 'c/leave': { n: v.int(1) } });
    session.addTarget(queryTarget(2, { where: field('n', 'GREATER_THAN', v.int(0)) }));
    await take();
    const { commitTime } = db.commit(
      [
        set('c/new', { n: v.int(5) }),
        set('c/stay', { n: v.int(2) }),
        del('c/gone'),
        set('c/leave', { n: v.int(-1) }),
        set('c/unrelated', { n: v.int(-5) }),
      ],
      owner,
    );
    await flush();
    const seq = received.map(brief);
    expect(seq).toEqual([
      'change c/new [2]',
      'change c/stay [2]',
      'delete c/gone [2]',
      'remove c/leave [2]',
      'NO_CHANGE[]',
    ]);
    const last = received[received.length - 1]!;
    expect('targetChange' in last && last.targetChange.readTime).toBe(commitTime);
    received.length = 0;
    db.commit([set('c/unrelated', { n: v.int(-6) }), set('x/1', {})], owner);
    expect(await take()).toEqual([]);
  });

  it('re-evaluates limit windows', async () => {
    const { db, session, take } = setup();
    seed(db, { 'c/a': { n: v.int(1) }, 'c/b': { n: v.int(2) }, 'c/c': { n: v.int(3) } });
    session.addTarget(queryTarget(2, { orderBy: [{ field: { fieldPath: 'n' } }], limit: 2 }));
    expect(await take()).toEqual([
      'ADD[2]',
      'change c/a [2]',
      'change c/b [2]',
      'CURRENT[2]',
      'NO_CHANGE[]',
    ]);
    db.commit([set('c/z', { n: v.int(0) })], owner);
    expect(await take()).toEqual(['change c/z [2]', 'remove c/b [2]', 'NO_CHANGE[]']);
    db.commit([del('c/a')], owner);
    expect(await take()).toEqual(['change c/b [2]', 'delete c/a [2]', 'NO_CHANGE[]']);
    db.commit([set('c/c', { n: v.int(4) })], owner); // outside the window: nothing to say
    expect(await take()).toEqual([]);
  });

  it('documents targets see creates, updates and deletes', async () => {
    const { db, session, take } = setup();
    session.addTarget({ targetId: 8, documents: { documents: [name('c/a')] } });
    await take();
    db.commit([set('c/a', { n: v.int(1) })], owner);
    expect(await take()).toEqual(['change c/a [8]', 'NO_CHANGE[]']);
    db.commit([del('c/a')], owner);
    expect(await take()).toEqual(['delete c/a [8]', 'NO_CHANGE[]']);
    db.commit([del('c/a')], owner);
    expect(await take()).toEqual([]);
  });

  it('collection group targets', async () => {
    const { db, session, take } = setup();
    session.addTarget({
      targetId: 2,
      query: {
        parent: ROOT,
        structuredQuery: { from: [{ collectionId: 'c', allDescendants: true }] },
      },
    });
    await take();
    db.commit([set('x/1/c/deep', {})], owner);
    expect(await take()).toEqual(['change x/1/c/deep [2]', 'NO_CHANGE[]']);
  });

  it('readTime never decreases and covers every updateTime sent', async () => {
    const { db, session, received } = setup();
    session.addTarget(queryTarget(2));
    for (let i = 0; i < 20; i++) db.commit([set(`c/d${i % 3}`, { i: v.int(i) })], owner);
    session.addTarget(queryTarget(4));
    await flush();
    let readTime = '';
    let maxUpdate = '';
    for (const r of received) {
      if ('documentChange' in r)
        maxUpdate = [maxUpdate, r.documentChange.document.updateTime].sort()[1]!;
      if ('targetChange' in r && r.targetChange.readTime) {
        expect(r.targetChange.readTime >= readTime).toBe(true);
        expect(r.targetChange.readTime >= maxUpdate).toBe(true);
        readTime = r.targetChange.readTime;
      }
    }
  });

  it('removeTarget answers REMOVE and stops changes; close stops everything', async () => {
    const { db, session, take } = setup();
    session.addTarget(queryTarget(2));
    session.addTarget({ targetId: 4, documents: { documents: [name('c/a')] } });
    await take();
    session.removeTarget(2);
    db.commit([set('c/a', {})], owner);
    expect(await take()).toEqual(['REMOVE[2]', 'change c/a [4]', 'NO_CHANGE[]']);
    session.close();
    db.commit([set('c/a', { x: v.int(1) })], owner);
    expect(await take()).toEqual([]);
  });

  it('clear deletes listened documents', async () => {
    const { core, db, session, take } = setup();
    seed(db, { 'c/a': {} });
    session.addTarget(queryTarget(2));
    await take();
    core.clear('p');
    expect(await take()).toEqual(['delete c/a [2]', 'NO_CHANGE[]']);
  });
});

describe('listen: rules', () => {
  const rules = (allow: (method: string, path: string) => boolean) => (): CompileResult => ({
    ok: true,
    issues: [],
    rules: { evaluate: (req) => ({ allowed: allow(req.method, req.path), reason: 'no' }) },
  });

  it('denied targets are removed with cause 7, allowed ones work', async () => {
    const { core, session, take } = setup(
      user('u1'),
      rules((method, path) => method === 'list' && path === 'open'),
    );
    core.setRules('p', 'rules');
    session.addTarget(queryTarget(2));
    session.addTarget({
      targetId: 4,
      query: { parent: ROOT, structuredQuery: { from: [{ collectionId: 'open' }] } },
    });
    session.addTarget({ targetId: 6, documents: { documents: [name('c/a')] } });
    expect(await take()).toEqual([
      'REMOVE[2]!7',
      'ADD[4]',
      'CURRENT[4]',
      'NO_CHANGE[]',
      'REMOVE[6]!7',
    ]);
  });

  it('targets are checked again when data their rules depend on changes', async () => {
    const { core, db, session, take } = setup(user('u1'), () => ({
      ok: true,
      issues: [],
      rules: {
        evaluate: (req) => {
          if (req.method === 'get') {
            const ownerField = req.resource?.fields.owner;
            return { allowed: JSON.stringify(ownerField) === JSON.stringify(v.str('u1')) };
          }
          const member = req.lookup.get('members/u1');
          return { allowed: member !== null };
        },
      },
    }));
    core.setRules('p', 'rules');
    seed(db, { 'c/a': { owner: v.str('u1') }, 'members/u1': {} });
    session.addTarget({ targetId: 2, documents: { documents: [name('c/a')] } });
    session.addTarget(queryTarget(4));
    expect(await take()).toEqual([
      'ADD[2]',
      'change c/a [2]',
      'CURRENT[2]',
      'ADD[4]',
      'change c/a [4]',
      'CURRENT[4]',
      'NO_CHANGE[]',
    ]);
    db.commit([set('c/a', { owner: v.str('u1'), n: v.int(1) })], owner);
    expect(await take()).toEqual(['change c/a [2]', 'change c/a [4]', 'NO_CHANGE[]']);
    db.commit([del('members/u1'), set('c/a', { owner: v.str('someone else') })], owner);
    expect(await take()).toEqual(['REMOVE[2]!7', 'REMOVE[4]!7', 'NO_CHANGE[]']);
  });
});

describe('listen: delivery under load', () => {
  it('commits that come together reach the stream together, ending in one NO_CHANGE', async () => {
    const { db, session, received, take } = setup();
    session.addTarget(queryTarget(2));
    await take();
    db.commit([set('c/a', { n: v.int(1) })], owner);
    db.commit([set('c/b', { n: v.int(2) })], owner);
    const { commitTime } = db.commit([set('c/a', { n: v.int(3) })], owner);
    await flush();
    const global = received.at(-1);
    // The one snapshot is as of the last commit.
    expect(global && 'targetChange' in global && global.targetChange.readTime).toBe(commitTime);
    expect(received.splice(0).map(brief)).toEqual([
      'change c/a [2]',
      'change c/b [2]',
      'change c/a [2]',
      'NO_CHANGE[]',
    ]);
  });
});
