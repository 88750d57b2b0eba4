/**
 * House rule: no import cycles in the product. A cycle makes module initialisation order matter
 * (a value is `undefined` depending on who imported first) and blurs the layers of the README.
 * Type-only imports are erased at build time and may point anywhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PRODUCT = ['utils', 'components', 'entrypoints', 'widget/src', 'functions/src'];

function sources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...sources(full));
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) files.push(full);
  }
  return files;
}

/** Relative imports that exist at run time: `import x from`, `export … from`, `import()`. */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s*'([^']+)'/g;
  for (const found of source.matchAll(statement)) {
    if (!found[2]) specifiers.push(found[3]!);
  }
  for (const found of source.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g)) specifiers.push(found[1]!);
  for (const found of source.matchAll(/import\(\s*'([^']+)'\s*\)/g)) specifiers.push(found[1]!);
  return specifiers.filter((specifier) => specifier.startsWith('.'));
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every cycle's files (strongly connected components of more than one file, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('form no cycle anywhere in the product', () => {
    const graph = new Map<string, string[]>();
    for (const file of PRODUCT.flatMap((dir) => sources(path.join(rootDir, dir)))) {
      const targets = runtimeImports(readFileSync(file, 'utf8'))
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== null);
      graph.set(file, targets);
    }
    expect(graph.size).toBeGreaterThan(100);
    const relative = cycles(graph).map((cycle) =>
      cycle.map((file) => path.relative(rootDir, file)),
    );
    expect(relative).toEqual([]);
  });

  it('finds cycles of two files and self-imports, not chains', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['c']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b'], ['c']]);
  });

  it('reads runtime imports and skips type-only ones', () => {
    const source = `import { a } from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('./e.ts');\nimport x from 'preact';`;
    expect(runtimeImports(source)).toEqual(['./a.ts', './c.ts', './d.css', './e.ts']);
  });
});
