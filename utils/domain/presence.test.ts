import { describe, expect, it } from 'vitest';
import {
  effectivePresence,
  isPresenceFresh,
  PRESENCE_STALE_MS,
  presenceAfterIdleChange,
  presenceExpiresAt,
} from './presence.ts';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('effectivePresence', () => {
  it.each([
    ['online, fresh', { state: 'online', lastSeen: ago(10_000) }, 'online'],
    ['online, exactly 90 s', { state: 'online', lastSeen: ago(PRESENCE_STALE_MS) }, 'online'],
    ['online, 90.001 s', { state: 'online', lastSeen: ago(PRESENCE_STALE_MS + 1) }, 'offline'],
    ['away, fresh', { state: 'away', lastSeen: ago(5_000) }, 'away'],
    ['away, stale', { state: 'away', lastSeen: ago(600_000) }, 'offline'],
    ['offline, fresh', { state: 'offline', lastSeen: ago(1_000) }, 'offline'],
    ['online, clock skew (future)', { state: 'online', lastSeen: ago(-5_000) }, 'online'],
  ] as const)('%s -> %s', (_label, presence, expected) => {
    expect(effectivePresence(presence, now)).toBe(expected);
  });
  it('treats a missing presence document as offline', () => {
    expect(effectivePresence(null, now)).toBe('offline');
    expect(effectivePresence(undefined, now)).toBe('offline');
  });
  it('honours a custom stale window', () => {
    expect(effectivePresence({ state: 'online', lastSeen: ago(20_000) }, now, 15_000)).toBe(
      'offline',
    );
  });
});

describe('isPresenceFresh / presenceExpiresAt', () => {
  it('agree on the boundary', () => {
    const lastSeen = ago(30_000);
    const expiry = presenceExpiresAt(lastSeen);
    expect(isPresenceFresh(lastSeen, expiry)).toBe(true);
    expect(isPresenceFresh(lastSeen, new Date(expiry.getTime() + 1))).toBe(false);
  });
});

describe('presenceAfterIdleChange', () => {
  it.each([
    ['online', false, 'idle', 'away', true],
    ['online', false, 'locked', 'away', true],
    ['away', true, 'active', 'online', false],
    ['away', false, 'active', 'away', false], // chosen by hand: stays away
    ['away', true, 'locked', 'away', true],
    ['offline', false, 'idle', 'offline', false],
    ['offline', false, 'active', 'offline', false],
    ['online', false, 'active', 'online', false],
  ] as const)('%s (auto %s) + %s -> %s (auto %s)', (current, auto, idle, state, autoAway) => {
    expect(presenceAfterIdleChange(current, auto, idle)).toEqual({ state, autoAway });
  });
});
