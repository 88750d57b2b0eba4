import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RulesIssue } from '../core/api.ts';
import { watchRulesFile } from './rules-file.ts';

const issue: RulesIssue = {
  sourcePosition: { line: 3, column: 7 },
  description: "Unexpected ';'",
  severity: 'ERROR',
};

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('watchRulesFile', () => {
  let dir: string | undefined;
  let stop = () => {};
  afterEach(async () => {
    stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads at start, reloads on change and on replace, and logs issues with line:column', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rules-file-'));
    const file = path.join(dir, 'firestore.rules');
    await writeFile(file, 'good 1');
    const loaded: string[] = [];
    const lines: string[] = [];
    stop = await watchRulesFile(
      file,
      (source) => {
        loaded.push(source);
        return { issues: source.startsWith('bad') ? [issue] : [] };
      },
      (line) => lines.push(line),
    );
    expect(loaded).toEqual(['good 1']);
    expect(lines.at(-1)).toMatch(/Rules loaded from .*firestore\.rules/);

    await writeFile(file, 'bad 2');
    await until(() => loaded.length === 2);
    expect(lines.join('\n')).toContain("firestore.rules:3:7 - ERROR Unexpected ';'");
    expect(lines.at(-1)).toMatch(/1 error\(s\); the previous rules stay in force/);

    // Editors that save by writing a temp file and renaming it over the original.
    await writeFile(path.join(dir, 'tmp'), 'good 3');
    await rename(path.join(dir, 'tmp'), file);
    await until(() => loaded.length === 3);
    expect(loaded.at(-1)).toBe('good 3');
  });

  it('fails clearly when the file is missing', async () => {
    await expect(
      watchRulesFile(
        '/nonexistent/firestore.rules',
        () => ({ issues: [] }),
        () => {},
      ),
    ).rejects.toThrow(/Cannot read the rules file \/nonexistent\/firestore\.rules/);
  });
});
