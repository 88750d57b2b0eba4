/**
 * The widget's build swaps `re2js` for a stand-in that throws (widget/src/data/no-regex-engine.ts,
 * ADR 011): safe only while Firestore's web SDK uses RE2JS in its pipeline string-search
 * functions alone, each inside a try/catch. This reads the SDK build the widget bundles and
 * fails, naming the place, when an upgrade uses it anywhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(rootDir, 'node_modules/@firebase/firestore/dist');
/** Pipeline functions whose evaluation catches any throw and reports an evaluation error. */
const CATCHING = ['__PRIVATE_CoreLike', '__PRIVATE_CoreRegexContains', '__PRIVATE_CoreRegexMatch'];

describe("the widget's Firestore build", () => {
  it('uses RE2JS only in the pipeline functions that catch its errors', () => {
    // The browser ES build (package.json exports "browser"."import") and the chunks it shares.
    const files = readdirSync(distDir).filter((file) =>
      /^(index|common-[\w-]+)\.esm\.js$/.test(file),
    );
    expect(files.length).toBeGreaterThan(1);
    const uses: string[] = [];
    for (const file of files) {
      const lines = readFileSync(path.join(distDir, file), 'utf8').split('\n');
      let currentClass = '';
      lines.forEach((line, index) => {
        const declared = /^class (\w+)/.exec(line);
        if (declared) currentClass = declared[1]!;
        if (/\bRE2JS\b/.test(line) && !/^import\b/.test(line)) {
          uses.push(`${file}:${index + 1} in ${currentClass || 'module scope'}`);
        }
      });
    }
    expect(uses.length).toBeGreaterThan(0);
    const elsewhere = uses.filter((use) => !CATCHING.some((name) => use.endsWith(` in ${name}`)));
    expect(elsewhere).toEqual([]);
  });
});
