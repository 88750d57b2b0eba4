import { describe, expect, it } from 'vitest';
import { FirestoreError } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { name, owner, set, v } from './testing.ts';

describe('write stream', () => {
  it('handshake gives a token; each write commits and gets a fresh token', () => {
    const db = createEmulatorCore().database('p', '(default)');
    const stream = db.openWriteStream(owner);
    const { streamToken } = stream.handshake();
    expect(streamToken).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const r = stream.write([
      set('c/a', { n: v.int(1) }, { updateTransforms: [{ fieldPath: 'n', increment: v.int(1) }] }),
    ]);
    expect(r.streamToken).not.toBe(streamToken);
    expect(r.writeResults).toEqual([{ updateTime: r.commitTime, transformResults: [v.int(2)] }]);
    expect(db.getDocument(name('c/a'), owner).fields).toEqual({ n: v.int(2) });
    const empty = stream.write([]);
    expect(empty.writeResults).toEqual([]);
    expect(empty.commitTime > r.commitTime).toBe(true);
  });

  it('a failing batch throws a FirestoreError', () => {
    const db = createEmulatorCore().database('p', '(default)');
    const stream = db.openWriteStream(owner);
    stream.handshake();
    expect(() => stream.write([set('c/a', {}, { currentDocument: { exists: true } })])).toThrow(
      FirestoreError,
    );
  });
});
