/**
 * House rule: small files with one purpose. A product source file (tests aside) longer than
 * MAX_LINES must say why in its header comment, with a line starting "Over 300 lines:".
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAX_LINES = 300;
const PRODUCT = [
  'components',
  'entrypoints',
  'utils',
  'widget',
  'functions/src',
  'sip-gateway/src',
  'scripts',
];

function productSources(): string[] {
  return execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', ...PRODUCT],
    {
      cwd: rootDir,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !/\.test\.tsx?$/.test(file));
}

describe('product source files', () => {
  it(`stay under ${MAX_LINES} lines or say why in their header`, () => {
    const tooLong = productSources().flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(path.join(rootDir, file), 'utf8');
      } catch {
        return []; // deleted in the working tree
      }
      const lines = text.split('\n').length;
      if (lines <= MAX_LINES) return [];
      const header = text.split('\n').slice(0, 20).join('\n');
      return /Over 300 lines:/.test(header) ? [] : [`${file} (${lines} lines)`];
    });
    expect(tooLong).toEqual([]);
  });
});
