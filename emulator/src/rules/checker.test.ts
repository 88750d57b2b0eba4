import { describe, expect, it } from 'vitest';
import { compileRules } from './index.ts';
import { rulesFor } from './test-support.ts';

function issues(body: string, version = '2') {
  const src = rulesFor(body).replace("rules_version = '2'", `rules_version = '${version}'`);
  const result = compileRules(src);
  return result.issues.map(
    (i) => `${i.severity} ${i.sourcePosition.line}:${i.sourcePosition.column} ${i.description}`,
  );
}

function errors(body: string, version = '2') {
  return issues(body, version).filter((i) => i.startsWith('ERROR'));
}

describe('static checks', () => {
  it('accepts a correct ruleset without errors', () => {
    const r = compileRules(
      rulesFor(`
    function isAdmin() {
      return get(/databases/$(database)/documents/admins/$(request.auth.uid)).data.on == true;
    }
    match /users/{uid}/{rest=**} {
      allow read: if isAdmin() || math.abs(-1) == 1 && duration.value(1, 's') > duration.value(0, 's');
    }`),
    );
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('reports undefined variables, including match variables out of scope', () => {
    expect(errors('    match /a/{x} { allow read: if y == 1; }')).toEqual([
      'ERROR 4:35 Undefined variable: y.',
    ]);
    const src = `service cloud.firestore {
  function f() { return database == 'x'; }
  match /databases/{database}/documents { match /a/{b} { allow read: if f(); } }
}`;
    const r = compileRules(src);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      sourcePosition: { line: 2, column: 25 },
      severity: 'ERROR',
    });
  });

  it('lets functions see enclosing match variables', () => {
    expect(
      errors('    match /a/{x} { function f() { return x == database; } allow read: if f(); }'),
    ).toEqual([]);
  });

  it('reports unknown functions and namespace members', () => {
    expect(errors('    match /a/{x} { allow read: if nope(1); }')).toEqual([
      'ERROR 4:35 Unknown function: nope().',
    ]);
    expect(errors('    match /a/{x} { allow read: if math.cube(1) == 1; }')).toEqual([
      'ERROR 4:40 Unknown function: math.cube().',
    ]);
    expect(errors('    match /a/{x} { allow read: if math == 1; }')[0]).toMatch(
      /Undefined variable: math \(math is a namespace/,
    );
  });

  it('reports wrong arity for user functions, globals and namespaces', () => {
    expect(
      errors('    function f(a, b) { return a == b; }\n    match /a/{x} { allow read: if f(1); }'),
    ).toEqual(['ERROR 5:35 Function f() expects 2 argument(s) but is called with 1.']);
    expect(errors('    match /a/{x} { allow read: if exists(); }')[0]).toMatch(
      /exists\(\) expects 1 argument/,
    );
    expect(
      errors('    match /a/{x} { allow read: if timestamp.date(2020, 1) != null; }')[0],
    ).toMatch(/timestamp.date\(\) expects 3 argument/);
  });

  it('reports duplicate lets, parameters and functions', () => {
    expect(
      errors(
        '    function f() { let a = 1; let a = 2; return a; }\n    match /a/{x} { allow read: if f(); }',
      ),
    ).toEqual(['ERROR 4:35 Duplicate variable: a is already defined in function f.']);
    expect(
      errors(
        '    function f(a) { let a = 1; return a; }\n    match /a/{x} { allow read: if f(1); }',
      )[0],
    ).toMatch(/Duplicate variable: a/);
    expect(
      errors('    function f(a, a) { return a; }\n    match /a/{x} { allow read: if f(1, 2); }')[0],
    ).toMatch(/Duplicate parameter a/);
    expect(
      errors(
        '    function f() { return true; }\n    function f() { return false; }\n    match /a/{x} { allow read: if f(); }',
      )[0],
    ).toMatch(/Duplicate function: f/);
  });

  it('checks let bindings in order: a let cannot use a later one', () => {
    expect(
      errors(
        '    function f() { let a = b; let b = 1; return a; }\n    match /a/{x} { allow read: if f(); }',
      ),
    ).toEqual(['ERROR 4:28 Undefined variable: b.']);
  });

  it('rejects recursion, direct or mutual', () => {
    expect(
      errors(
        '    function f(n) { return n == 0 || f(n - 1); }\n    match /a/{x} { allow read: if f(3); }',
      )[0],
    ).toMatch(/Recursive function call: f -> f/);
    expect(
      errors(
        '    function f() { return g(); }\n    function g() { return f(); }\n    match /a/{x} { allow read: if f(); }',
      )[0],
    ).toMatch(/Recursive function call: f -> g -> f/);
  });

  it('checks recursive wildcards: one per path, last segment in version 1', () => {
    expect(errors('    match /{a=**}/x/{b=**} { allow read; }')[0]).toMatch(
      /at most one recursive wildcard/,
    );
    expect(errors('    match /{a=**}/x { allow read; }', '1')[0]).toMatch(
      /must be the last segment/,
    );
    expect(errors('    match /{a=**}/x { allow read; }', '2')).toEqual([]);
    expect(errors('    match /{a}/{a} { allow read; }')[0]).toMatch(/Duplicate path variable: a/);
  });

  it('keeps warnings separate and still compiles', () => {
    const r = compileRules(
      rulesFor(
        '    function unused() { return true; }\n    match /a/{x} { allow read: if x.sizee() > 1; }',
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => `${i.severity} ${i.description}`)).toEqual([
      'WARNING Unused function: unused.',
      'WARNING No type has a method named sizee(); this call will always fail.',
    ]);
  });

  it('returns a syntax error as a single issue with its position', () => {
    const r = compileRules(
      'service cloud.firestore {\n  match /a {\n    allow read: if (true;\n  }\n}',
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          sourcePosition: { line: 3, column: 25 },
          description: "Expected ')' to close the parenthesis but found ';'.",
          severity: 'ERROR',
        },
      ],
    });
  });
});
