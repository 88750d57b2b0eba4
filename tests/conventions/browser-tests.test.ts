/**
 * House rule for the browser suites: a helper two suites need lives once in tests/support (page
 * objects, emulator documents, launching browsers), never copied from file to file; and a suite
 * file stays short enough to read as one user flow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BROWSER_DIR = path.join(rootDir, 'tests/browser');
const MAX_LINES = 250;

const suites = readdirSync(BROWSER_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, source: readFileSync(path.join(BROWSER_DIR, name), 'utf8') }));

/**
 * Names of the functions a file declares, at any depth: `function f() {}` and a name bound to a
 * function (`const f = (…) => …`, `const f = async function () {}`). Read with the TypeScript
 * parser, so strings and comments never count.
 */
function declaredFunctions(source: string): string[] {
  const file = ts.createSourceFile('suite.ts', source, ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name) names.add(node.name.text);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...names];
}

describe('browser suites (tests/browser)', () => {
  it('declare no helper another suite also declares: shared helpers live in tests/support', () => {
    const declaredIn = new Map<string, string[]>();
    for (const { name, source } of suites) {
      for (const helper of declaredFunctions(source))
        declaredIn.set(helper, [...(declaredIn.get(helper) ?? []), name]);
    }
    const copies = [...declaredIn]
      .filter(([, files]) => files.length > 1)
      .map(([helper, files]) => `${helper} in ${files.join(', ')}`);
    expect(copies).toEqual([]);
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    const long = suites
      .map(({ name, source }) => ({ name, lines: source.split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ name, lines }) => `${name}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});

describe('declaredFunctions', () => {
  it('finds function declarations and arrow functions bound to a name', () => {
    const source = [
      'async function signIn(page: Page) {}',
      'function* ids() {}',
      'const shot = (page: Page, name: string) => save(page, name);',
      'const click = async (page) => page.click();',
      'const one = x => x;',
      'const typed: Helper = async () => {};',
      'const value = compute(() => 1);',
      "const label = 'function looksLike(';",
      '// function inAComment() {}',
      'describe("x", () => { async function nested() {} });',
    ].join('\n');
    expect(declaredFunctions(source).sort()).toEqual(
      ['click', 'ids', 'nested', 'one', 'shot', 'signIn', 'typed'].sort(),
    );
  });
});
