import { describe, expect, it } from 'vitest';
import { Lazy } from './env.ts';
import { ANY_DEPTH, ANY_ID, matchingChains, type RequestSegment } from './match.ts';
import { parseRuleset } from './parser.ts';
import { compile, request, rulesFor } from './test-support.ts';
import { RPath } from './values.ts';

function matches(body: string, path: RequestSegment[], version = '2') {
  const rs = parseRuleset(
    rulesFor(body).replace("rules_version = '2'", `rules_version = '${version}'`),
  );
  const full: RequestSegment[] = ['databases', '(default)', 'documents', ...path];
  return matchingChains(rs.root, full, rs.version).map((chain) => ({
    pattern: chain.map((m) => m.block.patternText).join(''),
    vars: Object.fromEntries(
      chain.flatMap((m) =>
        [...m.bindings].map(([k, v]) => [
          k,
          v instanceof Lazy ? 'unknown' : v instanceof RPath ? `path:${v}` : v,
        ]),
      ),
    ),
  }));
}

describe('path matching', () => {
  it('matches literal and {var} segments exactly, binding strings', () => {
    const body =
      'match /users/{uid} { allow read; }\nmatch /users/{uid}/posts/{pid} { allow read; }';
    expect(matches(body, ['users', 'u1'])).toEqual([
      {
        pattern: '/databases/{database}/documents/users/{uid}',
        vars: { database: '(default)', uid: 'u1' },
      },
    ]);
    expect(matches(body, ['users', 'u1', 'posts', 'p1']).map((m) => m.vars)).toEqual([
      { database: '(default)', uid: 'u1', pid: 'p1' },
    ]);
    expect(matches(body, ['other', 'x'])).toEqual([]);
  });

  it('nests match blocks and concatenates their patterns', () => {
    const body = 'match /users/{uid} { allow read; match /posts/{pid} { allow read; } }';
    expect(matches(body, ['users', 'u', 'posts', 'p'])).toEqual([
      {
        pattern: '/databases/{database}/documents/users/{uid}/posts/{pid}',
        vars: { database: '(default)', uid: 'u', pid: 'p' },
      },
    ]);
    // A parent's pattern alone does not apply to deeper documents.
    expect(matches('match /users/{uid} { allow read; }', ['users', 'u', 'posts', 'p'])).toEqual([]);
  });

  it('v2 recursive wildcards match zero or more segments anywhere and bind a path', () => {
    const body = 'match /{rest=**} { allow read; }';
    expect(matches(body, ['a', 'b', 'c', 'd'])[0]!.vars.rest).toBe('path:/a/b/c/d');
    const mid = 'match /{prefix=**}/posts/{pid} { allow read; }';
    expect(matches(mid, ['posts', 'p'])[0]!.vars).toMatchObject({ prefix: 'path:/', pid: 'p' });
    expect(matches(mid, ['users', 'u', 'posts', 'p'])[0]!.vars).toMatchObject({
      prefix: 'path:/users/u',
      pid: 'p',
    });
    const zero = 'match /cities/{city}/{doc=**} { allow read; }';
    expect(matches(zero, ['cities', 'SF'])).toHaveLength(1);
  });

  it('v1 recursive wildcards need at least one segment', () => {
    const body = 'match /cities/{city}/{doc=**} { allow read; }';
    expect(matches(body, ['cities', 'SF'], '1')).toEqual([]);
    expect(matches(body, ['cities', 'SF', 'landmarks', 'x'], '1')).toHaveLength(1);
  });

  it('returns every matching block (any may grant)', () => {
    const body =
      'match /a/{x} { allow read; }\nmatch /{all=**} { allow read; }\nmatch /a/b { allow read; }';
    expect(matches(body, ['a', 'b']).map((m) => m.pattern)).toEqual([
      '/databases/{database}/documents/a/{x}',
      '/databases/{database}/documents/{all=**}',
      '/databases/{database}/documents/a/b',
    ]);
  });

  it('a query id matches {var} (unknown) but not a literal; a group prefix only matches **', () => {
    const body = 'match /a/{x} { allow read; }\nmatch /a/fixed { allow read; }';
    expect(matches(body, ['a', ANY_ID])).toEqual([
      {
        pattern: '/databases/{database}/documents/a/{x}',
        vars: { database: '(default)', x: 'unknown' },
      },
    ]);
    const group =
      'match /users/{u}/posts/{p} { allow read; }\nmatch /{path=**}/posts/{p} { allow read; }';
    expect(matches(group, [ANY_DEPTH, 'posts', ANY_ID]).map((m) => m.pattern)).toEqual([
      '/databases/{database}/documents/{path=**}/posts/{p}',
    ]);
  });
});

describe('matching through the engine', () => {
  const rules = compile(
    rulesFor(`
    match /users/{uid} {
      allow get: if uid == 'alice';
      match /{sub=**} {
        allow get: if sub[0] == 'public';
      }
    }
    match /{path=**}/posts/{postId} {
      allow list: if true;
    }`),
  );

  it('binds variables for conditions, including path-valued ** variables', () => {
    expect(rules.evaluate(request({ path: 'users/alice', method: 'get' })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'users/bob', method: 'get' })).allowed).toBe(false);
    expect(rules.evaluate(request({ path: 'users/bob/public/x', method: 'get' })).allowed).toBe(
      true,
    );
    expect(rules.evaluate(request({ path: 'users/bob/private/x', method: 'get' })).allowed).toBe(
      false,
    );
  });

  it('collection-group queries match only recursive-wildcard rules', () => {
    const group = (parent: string) =>
      request({
        path: 'posts',
        method: 'list',
        query: {
          parent: `projects/demo/databases/(default)/documents${parent}`,
          structuredQuery: { from: [{ collectionId: 'posts', allDescendants: true }] },
        },
      });
    expect(rules.evaluate(group('')).allowed).toBe(true);
    expect(rules.evaluate(group('/users/alice')).allowed).toBe(true);
  });

  it('list paths given without a query are treated as collections', () => {
    expect(rules.evaluate(request({ path: 'users/u/posts', method: 'list' })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'users/u/posts/{doc}', method: 'list' })).allowed).toBe(
      true,
    );
  });
});
