import { describe, expect, it } from 'vitest';
import { compile, doc, request, rulesFor } from './test-support.ts';

const alice = { uid: 'alice', token: { email: 'a@x.io', role: 'admin' } };

describe('engine: method mapping and decisions', () => {
  const rules = compile(
    rulesFor(`
    function signedIn() { return request.auth != null; }
    match /users/{uid} {
      allow read: if signedIn() && request.auth.uid == uid;
      allow create: if request.resource.data.name is string;
      allow update: if resource.data.owner == request.auth.uid;
    }
    match /public/{id} {
      allow read;
    }`),
  );

  it('read covers get and list; write methods are separate', () => {
    expect(
      rules.evaluate(request({ path: 'users/alice', method: 'get', auth: alice })).allowed,
    ).toBe(true);
    expect(rules.evaluate(request({ path: 'users/bob', method: 'get', auth: alice })).allowed).toBe(
      false,
    );
    expect(rules.evaluate(request({ path: 'public/x', method: 'get' })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'public/x', method: 'create' })).allowed).toBe(false);
  });

  it('create sees request.resource; update sees resource', () => {
    const create = request({
      path: 'users/alice',
      method: 'create',
      requestResource: doc('users/alice', { name: 'A' }),
    });
    expect(rules.evaluate(create).allowed).toBe(true);
    const update = request({
      path: 'users/alice',
      method: 'update',
      auth: alice,
      resource: doc('users/alice', { owner: 'alice' }),
      requestResource: doc('users/alice', { owner: 'alice', x: 1 }),
    });
    expect(rules.evaluate(update).allowed).toBe(true);
    expect(
      rules.evaluate({ ...update, resource: doc('users/alice', { owner: 'bob' }) }).allowed,
    ).toBe(false);
  });

  it('explains denials: no matching allow, false condition, error', () => {
    const none = rules.evaluate(request({ path: 'other/x', method: 'get' }));
    expect(none.reason).toMatch(
      /No matching allow statements for get on \/databases\/\(default\)\/documents\/other\/x/,
    );
    const falsy = rules.evaluate(request({ path: 'users/bob', method: 'get', auth: alice }));
    expect(falsy.reason).toMatch(/false for 'allow read' at L7:7/);
    const err = rules.evaluate(
      request({ path: 'users/alice', method: 'update', resource: doc('users/alice', {}) }),
    );
    expect(err.allowed).toBe(false);
    expect(err.reason).toMatch(/error at L9:38: Property owner is undefined on object/);
  });

  it('missing resource on update is a null error that denies', () => {
    const r = rules.evaluate(
      request({ path: 'users/alice', method: 'update', auth: alice, resource: null }),
    );
    expect(r.allowed).toBe(false);
    expect(r.reason).toMatch(/Null value error/);
  });
});

describe('engine: functions', () => {
  it('functions see the match variables where they are declared and are visible to nested blocks', () => {
    const rules = compile(
      rulesFor(`
    match /ws/{wsId} {
      function inWorkspace() { return request.auth.token.ws == wsId; }
      match /chats/{chatId} {
        function isChat(c) { return c == chatId; }
        allow get: if inWorkspace() && isChat('c1');
      }
    }`),
    );
    const auth = { uid: 'u', token: { ws: 'w1' } };
    expect(rules.evaluate(request({ path: 'ws/w1/chats/c1', method: 'get', auth })).allowed).toBe(
      true,
    );
    expect(rules.evaluate(request({ path: 'ws/w2/chats/c1', method: 'get', auth })).allowed).toBe(
      false,
    );
    expect(rules.evaluate(request({ path: 'ws/w1/chats/c2', method: 'get', auth })).allowed).toBe(
      false,
    );
  });

  it('let bindings are evaluated lazily, in order, once', () => {
    const rules = compile(
      rulesFor(`
    function check(m) {
      let unused = m.missing;
      let a = m.a;
      let b = a + 1;
      return b == 2;
    }
    match /x/{id} { allow get: if check({'a': 1}); }`),
    );
    expect(rules.evaluate(request({ path: 'x/1', method: 'get' })).allowed).toBe(true);
  });

  it('an inner function shadows an outer one of the same name', () => {
    const rules = compile(
      rulesFor(`
    function f() { return false; }
    match /x/{id} {
      function f() { return true; }
      allow get: if f();
    }`),
    );
    expect(rules.evaluate(request({ path: 'x/1', method: 'get' })).allowed).toBe(true);
  });

  it('limits the call depth to 20', () => {
    const chain = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `    function f${i}() { return ${i + 1 < n ? `f${i + 1}()` : 'true'}; }`,
      ).join('\n');
    const ok = compile(rulesFor(`${chain(20)}\n    match /x/{id} { allow get: if f0(); }`));
    expect(ok.evaluate(request({ path: 'x/1', method: 'get' })).allowed).toBe(true);
    const deep = compile(rulesFor(`${chain(21)}\n    match /x/{id} { allow get: if f0(); }`));
    const d = deep.evaluate(request({ path: 'x/1', method: 'get' }));
    expect(d.allowed).toBe(false);
    expect(d.reason).toMatch(/Maximum function call depth/);
  });

  it('passes debug() output to the request hook', () => {
    const rules = compile(rulesFor("    match /x/{id} { allow get: if debug(id) == '1'; }"));
    const lines: string[] = [];
    expect(
      rules.evaluate(request({ path: 'x/1', method: 'get', debug: (t) => lines.push(t) })).allowed,
    ).toBe(true);
    expect(lines).toEqual(['"1"']);
  });

  it('any allow of any matching block grants', () => {
    const rules = compile(
      rulesFor(`
    match /x/{id} { allow get: if false; allow get: if id == '2'; }
    match /{all=**} { allow get: if request.auth != null; }`),
    );
    expect(rules.evaluate(request({ path: 'x/2', method: 'get' })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'x/1', method: 'get', auth: alice })).allowed).toBe(true);
    const d = rules.evaluate(request({ path: 'x/1', method: 'get' }));
    expect(d.allowed).toBe(false);
    expect(d.reason?.split('; ')).toHaveLength(3);
  });

  it('a typical update rule with diff().affectedKeys()', () => {
    const rules = compile(
      rulesFor(`
    match /posts/{id} {
      allow update: if request.resource.data.diff(resource.data).affectedKeys().hasOnly(['title', 'updatedAt'])
        && request.resource.data.updatedAt == request.time;
    }`),
    );
    const base = {
      path: 'posts/p',
      method: 'update' as const,
      resource: doc('posts/p', { title: 'a', body: 'b' }),
    };
    const time = '2024-05-06T07:08:09.123456789Z';
    const ok = request({
      ...base,
      time,
      requestResource: doc('posts/p', {
        title: 'c',
        body: 'b',
        updatedAt: new Date('2024-05-06T07:08:09.123Z'),
      }),
    });
    expect(rules.evaluate({ ...ok, time: '2024-05-06T07:08:09.123Z' }).allowed).toBe(true);
    const bad = request({ ...base, requestResource: doc('posts/p', { title: 'a', body: 'x' }) });
    expect(rules.evaluate(bad).allowed).toBe(false);
  });
});
