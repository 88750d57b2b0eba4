import { describe, expect, it } from 'vitest';
import { compile, doc, request, rulesFor } from './test-support.ts';

describe('rule coverage', () => {
  it('counts each allow by outcome, in source order, listing the ones never evaluated', () => {
    const rules = compile(
      rulesFor(`    match /users/{uid} {
      allow read: if request.auth.uid == uid;
      allow create: if request.resource.data.n > 0;
      match /private/{doc} {
        allow read;
      }
    }`),
    );
    const alice = { uid: 'alice', token: {} };
    rules.evaluate(request({ path: 'users/alice', method: 'get', auth: alice }));
    rules.evaluate(request({ path: 'users/bob', method: 'get', auth: alice }));
    rules.evaluate(request({ path: 'users/bob', method: 'get' })); // auth is null: an error
    rules.evaluate(
      request({ path: 'users/a', method: 'create', requestResource: doc('users/a', { n: 1 }) }),
    );

    expect(rules.coverage?.()).toEqual([
      {
        sourcePosition: { line: 5, column: 7 },
        allow: 'allow read',
        match: '/databases/{database}/documents/users/{uid}',
        granted: 1,
        denied: 1,
        errors: 1,
      },
      {
        sourcePosition: { line: 6, column: 7 },
        allow: 'allow create',
        match: '/databases/{database}/documents/users/{uid}',
        granted: 1,
        denied: 0,
        errors: 0,
      },
      {
        sourcePosition: { line: 8, column: 9 },
        allow: 'allow read',
        match: '/databases/{database}/documents/users/{uid}/private/{doc}',
        granted: 0,
        denied: 0,
        errors: 0,
      },
    ]);
  });
});
