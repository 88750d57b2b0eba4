/**
 * House rules for data: every Firestore collection of utils/domain/paths.ts has a data module of
 * its own (the extension's utils/data/collections/ or the functions' functions/src/data/, named
 * after the collection) and a Security Rules test file in tests/rules/, named the same way.
 * Where one module or test file covers a collection on purpose, the exception is listed here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paths } from '../../utils/domain/paths.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The keys of `paths` that name a collection (an odd number of path segments). */
function collectionKeys(): string[] {
  return Object.entries(paths)
    .filter(([, build]) => {
      const built = (build as (...ids: string[]) => string)('a', 'b', 'c');
      return built.split('/').length % 2 === 1;
    })
    .map(([key]) => key);
}

/** Collections kept in the module of their parent: a chat's messages live with the chat. */
const MODULE_OF: Record<string, string[]> = {
  presences: ['presence'],
  chatMessages: ['chat-messages', 'chats'],
  internalMessages: ['internal-chats'],
};
/** Collections whose rules are tested together. */
const RULES_TEST_OF: Record<string, string> = {
  presences: 'presence',
  sipAccounts: 'sip',
  sipRegistrations: 'sip',
};

const MODULE_FOLDERS = ['utils/data/collections', 'functions/src/data'];

describe('every Firestore collection', () => {
  const keys = collectionKeys();

  it('is found in the paths module', () => {
    expect(keys).toEqual(expect.arrayContaining(['chats', 'operators', 'auditLog']));
  });

  it.each(keys)('%s has its data module', (key) => {
    const names = MODULE_OF[key] ?? [kebab(key)];
    const modules = MODULE_FOLDERS.flatMap((folder) =>
      names.map((name) => path.join(folder, `${name}.ts`)),
    ).filter((file) => existsSync(path.join(rootDir, file)));
    expect(modules, `no module for ${key} in ${MODULE_FOLDERS.join(' or ')}`).not.toEqual([]);
  });

  it.each(keys)('%s has its rules test', (key) => {
    const file = `tests/rules/${RULES_TEST_OF[key] ?? kebab(key)}.test.ts`;
    expect(existsSync(path.join(rootDir, file)), `${file} is missing`).toBe(true);
  });
});
