/**
 * House rule: every callable has its request/response types in utils/domain/callables.ts and its
 * own file in functions/src/callables/, and functions/src/index.ts deploys exactly those.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALLABLE_NAMES } from '../../utils/domain/callables.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const index = readFileSync(path.join(rootDir, 'functions/src/index.ts'), 'utf8');

/** `export { a, b } from './callables/x.ts'` → the names exported from that folder. */
function exportedFrom(folder: string): string[] {
  const names: string[] = [];
  for (const found of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'\.\/([^']+)'/g)) {
    if (!found[2]!.startsWith(`${folder}/`)) continue;
    names.push(
      ...found[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
  }
  return names.sort();
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('callables', () => {
  it('functions/src/index.ts exports exactly the callables of utils/domain/callables.ts', () => {
    expect(exportedFrom('callables')).toEqual([...CALLABLE_NAMES].sort());
  });

  it('each callable lives in functions/src/callables/<kebab-name>.ts', () => {
    const missing = CALLABLE_NAMES.filter(
      (name) => !existsSync(path.join(rootDir, 'functions/src/callables', `${kebab(name)}.ts`)),
    );
    expect(missing).toEqual([]);
  });
});
