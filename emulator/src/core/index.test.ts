import { describe, expect, it } from 'vitest';
import { createEmulatorCore } from './index.ts';
import { owner, set } from './testing.ts';

describe('createEmulatorCore', () => {
  it('returns the same database object per name', () => {
    const core = createEmulatorCore();
    expect(core.database('p', '(default)')).toBe(core.database('p', '(default)'));
    expect(core.database('p', '(default)').name).toBe('projects/p/databases/(default)');
    expect(() => core.database('p/x', '(default)')).toThrow(/Invalid database/);
  });

  it('logs one line per request', () => {
    const lines: string[] = [];
    const core = createEmulatorCore({ log: (l) => lines.push(l) });
    const db = core.database('p', '(default)');
    db.commit([set('c/a', {})], owner);
    db.batchGet(['projects/p/databases/(default)/documents/c/a'], owner);
    db.runQuery(
      'projects/p/databases/(default)/documents',
      { from: [{ collectionId: 'c' }] },
      owner,
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/projects\/p\/databases\/\(default\) owner commit 1 write/);
  });
});
