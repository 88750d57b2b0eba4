/** The audit log panel's action filter lists exactly the actions the code writes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../utils/domain/audit-actions.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('audit actions', () => {
  it('are the dotted verbs passed to writeAudit, appendAudit and recordChatViewed', () => {
    const written = new Set<string>();
    for (const file of [
      ...sources(path.join(rootDir, 'functions/src')),
      ...sources(path.join(rootDir, 'utils/data')),
    ]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(
        /action: (?:[^'\n]*\? )?'([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)'(?: : '([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)')?/g,
      ))
        for (const action of match.slice(1)) if (action) written.add(action);
      for (const match of text.matchAll(/appendAudit\(\s*batch,\s*context,\s*'([^']+)'/g))
        written.add(match[1]!);
    }
    written.add('chat.viewed');
    expect([...written].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
