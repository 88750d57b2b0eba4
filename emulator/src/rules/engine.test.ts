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
