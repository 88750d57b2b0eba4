import { describe, expect, it } from 'vitest';
import {
  blockUntil,
  findBlock,
  isBlockActive,
  nextBlockEntries,
  validateBlockReason,
} from './blocks.ts';
import type { BlockEntry } from './model.ts';

const now = new Date('2026-12-07T12:00:00Z');
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('block durations', () => {
  it('end after their length, or never', () => {
    expect(blockUntil('hour', now)).toEqual(later(1));
    expect(blockUntil('week', now)).toEqual(later(24 * 7));
    expect(blockUntil('forever', now)).toBeNull();
  });

  it('hold until their end', () => {
    expect(isBlockActive(later(1), now)).toBe(true);
    expect(isBlockActive(now, now)).toBe(false);
    expect(isBlockActive(null, now)).toBe(true);
  });
});

describe('findBlock', () => {
  const entries: Record<string, BlockEntry> = {
    b1: { uid: 'u1', emailHash: 'e1', addressHash: 'a1', until: later(1) },
    b2: { uid: 'u2', until: later(-1) },
  };

  it('matches the uid, the email or the address of a live block', () => {
    expect(findBlock({ entries }, { uid: 'u1' }, now)).toBe('b1');
    expect(findBlock({ entries }, { uid: 'x', emailHash: 'e1' }, now)).toBe('b1');
    expect(findBlock({ entries }, { addressHash: 'a1' }, now)).toBe('b1');
  });

  it('ignores ended blocks, strangers and a missing summary', () => {
    expect(findBlock({ entries }, { uid: 'u2' }, now)).toBeNull();
    expect(findBlock({ entries }, { uid: 'u3', emailHash: 'e3' }, now)).toBeNull();
    expect(findBlock(undefined, { uid: 'u1' }, now)).toBeNull();
    expect(findBlock({ entries }, {}, now)).toBeNull();
  });
});

describe('the summary', () => {
  it('adds and removes entries, dropping ended ones', () => {
    const entries: Record<string, BlockEntry> = {
      old: { uid: 'u0', until: later(-1) },
      b1: { uid: 'u1', until: null },
    };
    expect(
      Object.keys(nextBlockEntries(entries, 'b2', { uid: 'u2', until: later(1) }, now)),
    ).toEqual(['b1', 'b2']);
    expect(nextBlockEntries(entries, 'b1', undefined, now)).toEqual({});
  });
});

describe('validateBlockReason', () => {
  it('needs a reason of at most 500 characters', () => {
    expect(validateBlockReason('  Abusive language  ')).toEqual({
      ok: true,
      value: 'Abusive language',
    });
    expect(validateBlockReason(' ').ok).toBe(false);
    expect(validateBlockReason('x'.repeat(501)).ok).toBe(false);
  });
});
