import { describe, expect, it } from 'vitest';
import { compile, doc, lookupFrom, request, rulesFor } from './test-support.ts';

const alice = { uid: 'alice', token: {} };

describe('get / exists / getAfter / existsAfter', () => {
  const rules = compile(
    rulesFor(`
    function userDoc() { return /databases/$(database)/documents/users/$(request.auth.uid); }
    match /a/{id} {
      allow get: if get(userDoc()).data.role == 'admin';
      allow create: if existsAfter(/databases/$(database)/documents/b/$(id));
      allow update: if getAfter(/databases/$(database)/documents/b/$(id)).data.n == 2
        && get(/databases/$(database)/documents/b/$(id)).data.n == 1;
      allow delete: if exists(userDoc());
    }
    match /missing/{id} {
      allow get: if get(/databases/$(database)/documents/nope/x).data.a == 1;
    }
    match /bad/{id} {
      allow get: if exists(/databases/other/documents/users/x);
      allow list: if exists(/databases/$(database)/documents/users);
    }`),
  );

  it('get() returns the resource with data, id and __name__', () => {
    const lookup = lookupFrom({ before: { 'users/alice': { role: 'admin' } } });
    expect(
      rules.evaluate(request({ path: 'a/1', method: 'get', auth: alice, lookup })).allowed,
    ).toBe(true);
    const idRules = compile(
      rulesFor(`    match /a/{id} { allow get: if get(/databases/$(database)/documents/users/alice).id == 'alice'
      && get(/databases/$(database)/documents/users/alice).__name__ == /databases/$(database)/documents/users/alice; }`),
    );
    expect(idRules.evaluate(request({ path: 'a/1', method: 'get', lookup })).allowed).toBe(true);
  });

  it('get() of a missing document is null, so reading its fields is an error', () => {
    const d = rules.evaluate(request({ path: 'missing/1', method: 'get' }));
    expect(d.allowed).toBe(false);
    expect(d.reason).toMatch(/Null value error/);
  });

  it('exists() reads the state before, existsAfter()/getAfter() after the batch', () => {
    const store = { before: { 'b/1': { n: 1 } }, after: { 'b/1': { n: 2 }, 'b/2': { n: 0 } } };
    const lookup = lookupFrom(store);
    expect(rules.evaluate(request({ path: 'a/1', method: 'update', lookup })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'a/2', method: 'create', lookup })).allowed).toBe(true);
    expect(rules.evaluate(request({ path: 'a/3', method: 'create', lookup })).allowed).toBe(false);
    expect(
      rules.evaluate(request({ path: 'a/1', method: 'delete', auth: alice, lookup })).allowed,
    ).toBe(false);
  });

  it('rejects paths outside this database or not naming a document', () => {
    expect(rules.evaluate(request({ path: 'bad/1', method: 'get' })).reason).toMatch(
      /can only read database/,
    );
    expect(rules.evaluate(request({ path: 'bad', method: 'list' })).reason).toMatch(
      /needs a document path/,
    );
  });

  it('reports the documents it read', () => {
    const reads: string[] = [];
    const lookup = lookupFrom({ before: { 'users/alice': { role: 'admin' } } }, reads);
    const d = rules.evaluate(request({ path: 'a/1', method: 'get', auth: alice, lookup }));
    expect(d.accessedDocuments).toEqual(['users/alice']);
    expect(reads).toEqual(['users/alice']);
  });
});

describe('document access limit', () => {
  const reads = (n: number) =>
    Array.from({ length: n }, (_, i) => `exists(/databases/$(database)/documents/d/${i})`).join(
      ' || ',
    );
  const rulesWith = (condition: string) =>
    compile(rulesFor(`    match /x/{id} { allow get: if ${condition}; }`));

  it('allows 10 distinct documents and fails on the 11th', () => {
    expect(
      rulesWith(`${reads(10)} || true`).evaluate(request({ path: 'x/1', method: 'get' })).allowed,
    ).toBe(true);
    const d = rulesWith(`(${reads(11)}) || true`).evaluate(request({ path: 'x/1', method: 'get' }));
    // The limit error is absorbed by `|| true` like any other error...
    expect(d.allowed).toBe(true);
    const strict = rulesWith(`!(${reads(11)})`).evaluate(request({ path: 'x/1', method: 'get' }));
    expect(strict.allowed).toBe(false);
    expect(strict.reason).toMatch(/Exceeded the limit of 10 document accesses/);
  });

  it('counts repeated reads of one document once, and caches the result', () => {
    const seen: string[] = [];
    const lookup = lookupFrom({ before: { 'd/0': {} } }, seen);
    const same = Array.from(
      { length: 15 },
      () => 'exists(/databases/$(database)/documents/d/0)',
    ).join(' && ');
    expect(rulesWith(same).evaluate(request({ path: 'x/1', method: 'get', lookup })).allowed).toBe(
      true,
    );
    expect(seen).toEqual(['d/0']);
  });

  it('does not count documents an earlier evaluation of the batch already read', () => {
    const cachedDocuments = new Set(['d/0', 'd/1', 'd/2']);
    const d = rulesWith(`!(${reads(5)})`).evaluate(
      request({ path: 'x/1', method: 'get', accessLimit: 2, cachedDocuments }),
    );
    expect(d.allowed).toBe(true);
    expect(d.accessedDocuments).toEqual(['d/0', 'd/1', 'd/2', 'd/3', 'd/4']);
    const over = rulesWith(`!(${reads(6)})`).evaluate(
      request({ path: 'x/1', method: 'get', accessLimit: 2, cachedDocuments }),
    );
    expect(over.reason).toMatch(/limit of 2 document accesses/);
  });

  it('honours a caller-provided limit (what is left of a batch budget)', () => {
    const d = rulesWith(`!(${reads(3)})`).evaluate(
      request({ path: 'x/1', method: 'get', accessLimit: 2 }),
    );
    expect(d.reason).toMatch(/limit of 2 document accesses/);
  });
});

describe('resource conversion', () => {
  it('exposes Firestore values with the right rules types', () => {
    const rules = compile(
      rulesFor(`    match /t/{id} {
      allow get: if resource.data.i is int && resource.data.f is float && resource.data.s is string
        && resource.data.b is bool && resource.data.n == null && resource.data.l is list
        && resource.data.m.k == 1 && resource.data.ts is timestamp && resource.data.ts.year() == 2024
        && resource.data.by is bytes && resource.data.ref is path && resource.data.geo is latlng
        && resource.data.ref[3] == 'users' && resource.data.geo.latitude() == 1.5
        && resource.data.big == 9007199254740993 && resource.data.nan != resource.data.nan;
    }`),
    );
    const resource = {
      name: 'projects/demo/databases/(default)/documents/t/1',
      fields: {
        i: { integerValue: '1' },
        f: { doubleValue: 1 },
        s: { stringValue: 's' },
        b: { booleanValue: true },
        n: { nullValue: null },
        l: { arrayValue: {} },
        m: { mapValue: { fields: { k: { integerValue: '1' } } } },
        ts: { timestampValue: '2024-01-02T03:04:05.678Z' },
        by: { bytesValue: 'AAE=' },
        ref: { referenceValue: 'projects/demo/databases/(default)/documents/users/u1' },
        geo: { geoPointValue: { latitude: 1.5, longitude: 2 } },
        big: { integerValue: '9007199254740993' },
        nan: { doubleValue: 'NaN' as const },
      },
    };
    const d = rules.evaluate(request({ path: 't/1', method: 'get', resource }));
    expect(d.reason).toBeUndefined();
    expect(d.allowed).toBe(true);
  });

  it('exposes auth token claims with integers as ints', () => {
    const rules = compile(
      rulesFor(`    match /t/{id} {
      allow get: if request.auth.token.role == 'admin' && request.auth.token.exp is int
        && request.auth.token.ws.size() == 2 && request.time.year() == 2024 && request.method == 'get'
        && request.path == /databases/$(database)/documents/t/$(id) && resource.id == id;
    }`),
    );
    const auth = { uid: 'u', token: { role: 'admin', exp: 1700000000, ws: ['a', 'b'] } };
    const d = rules.evaluate(
      request({ path: 't/1', method: 'get', auth, resource: doc('t/1', {}) }),
    );
    expect(d.reason).toBeUndefined();
  });
});
