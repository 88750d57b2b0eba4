import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import { RulesCompileError } from './errors.ts';
import { parseExpression, parseRuleset } from './parser.ts';
import { showValue } from './show.ts';

/** Renders an expression fully parenthesized, to assert precedence and associativity. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return showValue(e.value);
    case 'ident':
      return e.name;
    case 'member':
      return `${show(e.object)}.${e.name}`;
    case 'index':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'slice':
      return `${show(e.object)}[${e.start ? show(e.start) : ''}:${e.end ? show(e.end) : ''}]`;
    case 'call':
      return `${show(e.callee)}(${e.args.map(show).join(', ')})`;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'ternary':
      return `(${show(e.cond)} ? ${show(e.then)} : ${show(e.otherwise)})`;
    case 'is':
      return `(${show(e.operand)} is ${e.typeName})`;
    case 'list':
      return `[${e.items.map(show).join(', ')}]`;
    case 'map':
      return `{${e.entries.map((x) => `${show(x.key)}: ${show(x.value)}`).join(', ')}}`;
    case 'path':
      return `/${e.parts.map((seg) => seg.map((p) => (p.kind === 'text' ? p.text : `$(${show(p.expr)})`)).join('')).join('/')}`;
  }
}

const p = (src: string) => show(parseExpression(src));

function parseError(source: string, expr = false): RulesCompileError {
  try {
    if (expr) parseExpression(source);
    else parseRuleset(source);
  } catch (e) {
    if (e instanceof RulesCompileError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('expression parser', () => {
  it('parses literals', () => {
    expect(p('null')).toBe('null');
    expect(p('true')).toBe('true');
    expect(p('-3')).toBe('-3');
    expect(p('-2.5')).toBe('-2.5');
    expect(p('-9223372036854775808')).toBe('-9223372036854775808');
    expect(p(`"s"`)).toBe('"s"');
    expect(p(`[1, 'a', [2]]`)).toBe('[1, "a", [2]]');
    expect(p(`{'a': 1, "b": x}`)).toBe('{"a": 1, "b": x}');
    expect(p('[1, 2,]')).toBe('[1, 2]');
  });

  it('follows the precedence table, loosest first: ?: || && ==/!= is in relations +- */% unary', () => {
    expect(p('a || b && c')).toBe('(a || (b && c))');
    expect(p('a && b == c')).toBe('(a && (b == c))');
    expect(p('a == b < c')).toBe('(a == (b < c))');
    expect(p('x in y == true')).toBe('((x in y) == true)');
    expect(p('x is int == true')).toBe('((x is int) == true)');
    expect(p('a < b + c')).toBe('(a < (b + c))');
    expect(p('a + b * c - d / e % f')).toBe('((a + (b * c)) - ((d / e) % f))');
    expect(p('!a.b')).toBe('(!a.b)');
    expect(p('-a[0]')).toBe('(-a[0])');
    expect(p('!!a')).toBe('(!(!a))');
    expect(p('a ? b : c ? d : e')).toBe('(a ? b : (c ? d : e))');
    expect(p('a || b ? c : d')).toBe('((a || b) ? c : d)');
    expect(p('a - b - c')).toBe('((a - b) - c)');
    expect(p('(a || b) && c')).toBe('((a || b) && c)');
  });

  it('parses member access, calls, indexing and slicing', () => {
    expect(p('request.auth.token.email')).toBe('request.auth.token.email');
    expect(p(`m['k'].size()`)).toBe('m["k"].size()');
    expect(p('l[1:3]')).toBe('l[1:3]');
    expect(p('l[:2]')).toBe('l[:2]');
    expect(p('l[1:]')).toBe('l[1:]');
    expect(p('f(a, b)')).toBe('f(a, b)');
    expect(parseError('f(a)(b)', true).message).toMatch(/Only functions and methods can be called/);
    expect(p('math.abs(-1)')).toBe('math.abs(-1)');
  });

  it('parses path literals with $() interpolation and bare segments', () => {
    expect(p('/databases/$(database)/documents/users/$(request.auth.uid)')).toBe(
      '/databases/$(database)/documents/users/$(request.auth.uid)',
    );
    expect(p('/a/pre_$(x)_post/b-c')).toBe('/a/pre_$(x)_post/b-c');
    expect(p('exists(/databases/$(db)/documents/x/y) && true')).toBe(
      '(exists(/databases/$(db)/documents/x/y) && true)',
    );
    expect(p('a / b')).toBe('(a / b)');
    expect(p('/databases/(default)/documents/x')).toBe('/databases/(default)/documents/x');
    expect(p('c ? /a/b: /c/d')).toBe('(c ? /a/b : /c/d)');
    expect(p('/a/b==p')).toBe('(/a/b == p)');
  });

  it('parses every is type', () => {
    for (const t of [
      'bool',
      'bytes',
      'duration',
      'float',
      'int',
      'latlng',
      'list',
      'map',
      'number',
      'path',
      'set',
      'string',
      'timestamp',
      'constraint',
    ]) {
      expect(p(`x is ${t}`)).toBe(`(x is ${t})`);
    }
    expect(parseError('x is widget', true).message).toMatch(/Unknown type 'widget'/);
  });

  it('reports syntax errors with positions', () => {
    const e = parseError('a +', true);
    expect(e.message).toMatch(/Expected an expression but found end of file/);
    expect(parseError('(a', true).message).toMatch(/Expected '\)'/);
    expect(parseError('a b', true).pos).toMatchObject({ line: 1, column: 3 });
    expect(parseError('9223372036854775808', true).message).toMatch(/out of 64-bit range/);
  });
});

describe('ruleset parser', () => {
  const src = `rules_version = '2';
service cloud.firestore {
  function top() { return true; }
  match /databases/{database}/documents {
    // A comment.
    match /users/{uid} {
      function isOwner(u) {
        let me = request.auth.uid;
        let ok = me == u;
        return ok;
      }
      allow get, list: if isOwner(uid);
      allow write
    }
    match /{path=**} {
      allow read: if false;
    }
  }
}`;

  it('parses version, service, nested matches, functions and allows', () => {
    const rs = parseRuleset(src);
    expect(rs.version).toBe('2');
    expect(rs.service).toBe('cloud.firestore');
    expect(rs.root.functions.map((f) => f.name)).toEqual(['top']);
    const db = rs.root.matches[0]!;
    expect(db.pattern).toEqual([
      { kind: 'literal', text: 'databases' },
      { kind: 'var', name: 'database' },
      { kind: 'literal', text: 'documents' },
    ]);
    const users = db.matches[0]!;
    expect(users.patternText).toBe('/users/{uid}');
    const fn = users.functions[0]!;
    expect(fn.params).toEqual(['u']);
    expect(fn.lets.map((l) => l.name)).toEqual(['me', 'ok']);
    expect(users.allows[0]!.written).toEqual(['get', 'list']);
    expect([...users.allows[1]!.methods]).toEqual(['create', 'update', 'delete']);
    expect(users.allows[1]!.condition).toBeUndefined();
    expect(db.matches[1]!.pattern).toEqual([{ kind: 'rest', name: 'path' }]);
    expect(users.allows[0]!.pos).toMatchObject({ line: 12, column: 7 });
  });

  it('defaults to rules_version 1', () => {
    expect(parseRuleset('service cloud.firestore {}').version).toBe('1');
  });

  it('rejects malformed rules with positions', () => {
    const cases: [string, RegExp, number, number][] = [
      [
        'service cloud.firestore { match /a/{b} { allow read: if } }',
        /Expected an expression/,
        1,
        57,
      ],
      ['service cloud.firestore { match /a { allow reed; } }', /Unknown method 'reed'/, 1, 44],
      ['service cloud.firestore { allow read; }', /must be inside a 'match' block/, 1, 27],
      ['service cloud.firestore {\n  match /a {\n', /Expected '}' but found end of file/, 3, 1],
      ['service firebase.storage {}', /Unsupported service/, 1, 1],
      ["rules_version = '3'; service cloud.firestore {}", /rules_version must be/, 1, 17],
      ['service cloud.firestore { match /a/{b c} {} }', /Invalid path variable/, 1, 36],
      ['service cloud.firestore { match a {} }', /path starting with '\/'/, 1, 33],
      [
        'service cloud.firestore { function f() { let x = 1; } }',
        /Expected 'let' or 'return'/,
        1,
        53,
      ],
      ['service cloud.firestore { match /a { allow read: if true extra } }', /Expected ';'/, 1, 58],
      ['service cloud.firestore {} trailing', /after the service block/, 1, 28],
    ];
    for (const [source, message, line, column] of cases) {
      const e = parseError(source);
      expect(e.message, source).toMatch(message);
      expect(e.pos, source).toMatchObject({ line, column });
    }
  });
});
