/**
 * The README's "Extension permissions" table (in "Security model"): what the extension may ask
 * for and why. The manifest convention test and the release packages test both hold the
 * manifests to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The README's "## Security model" section, up to the next level-2 heading. */
export function readmeSecuritySection(): string {
  const readme = readFileSync(path.join(rootDir, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Security model');
  if (start === -1) throw new Error('README.md has no "## Security model" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Each permission of the table with its reason, in the table's order. */
export function readmePermissions(): Map<string, string> {
  const section = readmeSecuritySection();
  const table = section.slice(section.indexOf('**Extension permissions**'));
  const rows = new Map<string, string>();
  for (const match of table.matchAll(/^\|\s*`([A-Za-z]+)`\s*\|([^|\n]*)\|\s*$/gm)) {
    rows.set(match[1]!, match[2]!.trim());
  }
  if (rows.size === 0) throw new Error('README.md: no "Extension permissions" table found');
  return rows;
}

/** The permissions the README lists for one browser (rows saying "Chrome only" are Chrome's). */
export function readmePermissionsFor(browser: 'chrome' | 'firefox'): string[] {
  return [...readmePermissions()]
    .filter(([, reason]) => browser === 'chrome' || !/^Chrome only\b/.test(reason))
    .map(([permission]) => permission)
    .sort();
}
