/**
 * Rules over a whole commit, with the real rules engine: one evaluation per written document on
 * the batch's net effect, and the get()/exists() budget shared by the batch (10 per document,
 * 20 in all, cached reads free).
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../rules/index.ts';
import { FirestoreError, type Write } from './api.ts';
import { createEmulatorCore } from './index.ts';
import { del, name, owner, set, user, v } from './testing.ts';

/** `exists()` of n documents d/<group>-0 .. d/<group>-(n-1), the group taken from the write. */
const reads = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `!exists(/databases/$(database)/documents/d/$(request.resource.data.g + '-${i}'))`,
  ).join(' && ');

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /seven/{id} { allow create: if ${reads(7)}; }
    match /ten/{id} { allow create: if ${reads(10)}; }
    match /eleven/{id} { allow create: if ${reads(11)}; }
    match /stamped/{id} {
      allow create: if request.resource.data.at == request.time && resource == null;
      allow update, delete: if false;
    }
    match /gone/{id} { allow delete: if resource == null; allow create, update: if false; }
  }
}`;

function setup() {
  const core = createEmulatorCore({ compileRules });
  const { issues } = core.setRules('p', RULES);
  expect(issues.filter((i) => i.severity === 'ERROR')).toEqual([]);
  return core.database('p', '(default)');
}

const alice = user('alice');
const write = (path: string, group: string): Write => set(path, { g: v.str(group) });

function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'allowed';
  } catch (e) {
    if (e instanceof FirestoreError) return `${e.status}: ${e.message}`;
    throw e;
  }
}

describe('document access budget of a batch', () => {
  it('allows 20 distinct documents across the writes and denies the 21st', () => {
    const db = setup();
    expect(outcome(() => db.commit([write('seven/a', 'a'), write('seven/b', 'b')], alice))).toBe(
      'allowed',
    );
    const denied = outcome(() =>
      db.commit([write('seven/c', 'c'), write('seven/d', 'd'), write('seven/e', 'e')], alice),
    );
    expect(denied).toMatch(/^PERMISSION_DENIED: .*Exceeded the limit of 6 document accesses/);
    expect(db.batchGet([name('seven/c')], owner)[0]).toHaveProperty('missing');
  });

  it('counts a document read by several writes once', () => {
    const db = setup();
    const writes = ['1', '2', '3', '4', '5'].map((id) => write(`ten/${id}`, 'shared'));
    expect(outcome(() => db.commit(writes, alice))).toBe('allowed');
  });

  it('lets a write re-read cached documents after the budget is spent', () => {
    const db = setup();
    const writes = [write('ten/a', 'a'), write('ten/b', 'b'), write('ten/c', 'a')];
    expect(outcome(() => db.commit(writes, alice))).toBe('allowed');
  });

  it('still limits each written document to 10', () => {
    const db = setup();
    expect(outcome(() => db.commit([write('eleven/x', 'x')], alice))).toMatch(
      /Exceeded the limit of 10 document accesses/,
    );
  });
});

describe('several writes to one document in a batch', () => {
  it('judges the document once, after all of its writes (a set, then a separate transform)', () => {
    const db = setup();
    const writes: Write[] = [
      set('stamped/s', { n: v.int(1) }),
      {
        transform: {
          document: name('stamped/s'),
          fieldTransforms: [{ fieldPath: 'at', setToServerValue: 'REQUEST_TIME' }],
        },
      },
    ];
    expect(outcome(() => db.commit(writes, alice))).toBe('allowed');
    // Each write alone would fail: the set lacks `at`, the transform is an update.
    expect(outcome(() => db.commit([set('stamped/t', { n: v.int(1) })], alice))).toMatch(
      /^PERMISSION_DENIED/,
    );
  });

  it('a document created and deleted in one batch is a delete of a missing document', () => {
    const db = setup();
    expect(outcome(() => db.commit([set('gone/g', {}), del('gone/g')], alice))).toBe('allowed');
    expect(db.batchGet([name('gone/g')], owner)[0]).toHaveProperty('missing');
  });
});
