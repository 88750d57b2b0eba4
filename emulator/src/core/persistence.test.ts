import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulatorCore, DATA_FILE } from './index.ts';
import { name, owner, set, v } from './testing.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'core-persist-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps documents, times and databases across a restart', async () => {
    const dataDir = tempDir();
    const first = createEmulatorCore({ dataDir });
    const db = first.database('p', '(default)');
    const { commitTime } = db.commit(
      [set('c/a', { n: v.int(1), t: v.ts('2020-01-01T00:00:00Z') })],
      owner,
    );
    first
      .database('p', 'named')
      .commit(
        [{ update: { name: 'projects/p/databases/named/documents/c/b', fields: {} } }],
        owner,
      );
    first
      .database('q', '(default)')
      .commit(
        [{ update: { name: 'projects/q/databases/(default)/documents/c/c', fields: {} } }],
        owner,
      );
    await first.close();

    const second = createEmulatorCore({ dataDir });
    const doc = second.database('p', '(default)').getDocument(name('c/a'), owner);
    expect(doc.fields).toEqual({ n: v.int(1), t: v.ts('2020-01-01T00:00:00.000000Z') });
    expect(doc.updateTime).toBe(commitTime);
    expect(
      second
        .database('p', 'named')
        .batchGet(['projects/p/databases/named/documents/c/b'], owner)[0],
    ).toHaveProperty('found');
    expect(
      second
        .database('q', '(default)')
        .batchGet(['projects/q/databases/(default)/documents/c/c'], owner)[0],
    ).toHaveProperty('found');
    // Commit times keep increasing after a restart.
    const next = second.database('p', '(default)').commit([set('c/a', { n: v.int(2) })], owner);
    expect(next.commitTime > commitTime).toBe(true);
    await second.close();
  });

  it('saves on its own after changes (debounced), atomically', async () => {
    const dataDir = tempDir();
    const core = createEmulatorCore({ dataDir });
    core.database('p', '(default)').commit([set('c/a', {})], owner);
    await new Promise((r) => setTimeout(r, 600));
    expect(readdirSync(dataDir)).toEqual([DATA_FILE]); // no temp files left behind
    const saved = JSON.parse(readFileSync(path.join(dataDir, DATA_FILE), 'utf8'));
    expect(saved.databases['projects/p/databases/(default)']).toHaveLength(1);
    await core.close();
  });

  it('persists deletions and clear', async () => {
    const dataDir = tempDir();
    const core = createEmulatorCore({ dataDir });
    core.database('p', '(default)').commit([set('c/a', {}), set('c/b', {})], owner);
    core.database('p', '(default)').commit([{ delete: name('c/a') }], owner);
    await core.close();
    const again = createEmulatorCore({ dataDir });
    const listed = again
      .database('p', '(default)')
      .listDocuments('projects/p/databases/(default)/documents', 'c', owner, {});
    expect(listed.documents.map((d) => d.name)).toEqual([name('c/b')]);
    again.clear('p');
    await again.close();
    expect(
      createEmulatorCore({ dataDir })
        .database('p', '(default)')
        .batchGet([name('c/b')], owner)[0],
    ).toHaveProperty('missing');
  });

  it('reports a corrupt file by name and leaves it untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATA_FILE);
    writeFileSync(file, '{"format": "parley-firestore-emulator", "vers');
    expect(() => createEmulatorCore({ dataDir })).toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe('{"format": "parley-firestore-emulator", "vers');
    writeFileSync(file, JSON.stringify({ something: 'else' }));
    expect(() => createEmulatorCore({ dataDir })).toThrow(/corrupt or unreadable/);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'parley-firestore-emulator',
        version: 1,
        databases: { x: [{ nope: 1 }] },
      }),
    );
    expect(() => createEmulatorCore({ dataDir })).toThrow(/malformed documents/);
  });

  it('without dataDir everything stays in memory', async () => {
    const core = createEmulatorCore();
    core.database('p', '(default)').commit([set('c/a', {})], owner);
    await core.close();
    expect(
      createEmulatorCore()
        .database('p', '(default)')
        .batchGet([name('c/a')], owner)[0],
    ).toHaveProperty('missing');
  });
});
