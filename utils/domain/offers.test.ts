import { describe, expect, it } from 'vitest';
import {
  afterLapse,
  DEFAULT_OFFER_SECONDS,
  isOfferLapsed,
  LAPSES_BEFORE_AWAY,
  makeOffer,
  offerSettingsOf,
  validateOfferSettings,
} from './offers.ts';
import { adoptsLapseAway } from './presence.ts';
import { availableOperators } from './routing.ts';

const now = new Date('2026-12-07T10:00:00Z');
const one = { offerMode: 'one' as const, offerSeconds: 20 };
const all = { offerMode: 'all' as const, offerSeconds: 20 };

describe('offer settings', () => {
  it('defaults to everyone at once for 30 seconds', () => {
    expect(offerSettingsOf(undefined)).toEqual({
      offerMode: 'all',
      offerSeconds: DEFAULT_OFFER_SECONDS,
    });
    expect(offerSettingsOf({ offerMode: 'one', offerSeconds: 45 })).toEqual({
      offerMode: 'one',
      offerSeconds: 45,
    });
  });

  it('validates the mode and whole seconds within bounds', () => {
    expect(validateOfferSettings({ offerMode: 'one', offerSeconds: '15' })).toEqual({
      ok: true,
      value: { offerMode: 'one', offerSeconds: 15 },
    });
    expect(validateOfferSettings({ offerMode: 'some', offerSeconds: 15 }).ok).toBe(false);
    for (const bad of ['9', '301', '1.5', '', 'abc', 1e9])
      expect(validateOfferSettings({ offerMode: 'all', offerSeconds: bad }).ok).toBe(false);
  });
});

describe('makeOffer', () => {
  it('rings every candidate at once without a deadline', () => {
    expect(makeOffer(all, ['a', 'b', 'c'], now)).toEqual({ offeredTo: ['a', 'b', 'c'] });
  });

  it('offers one at a time, skipping those who let it lapse, with a deadline', () => {
    expect(makeOffer(one, ['a', 'b', 'c'], now, ['a'])).toEqual({
      offeredTo: ['b'],
      expiresAt: new Date(now.getTime() + 20_000),
    });
  });

  it('starts over when everyone let it lapse', () => {
    expect(makeOffer(one, ['a', 'b'], now, ['a', 'b']).offeredTo).toEqual(['a']);
  });

  it('offers nobody without candidates', () => {
    expect(makeOffer(one, [], now)).toEqual({ offeredTo: [] });
  });
});

describe('lapses', () => {
  it('an offer lapses at its deadline, only while queued and offered', () => {
    const chat = { status: 'queued', offeredTo: ['a'], offerExpiresAt: now };
    expect(isOfferLapsed(chat, now)).toBe(true);
    expect(isOfferLapsed(chat, new Date(now.getTime() - 1))).toBe(false);
    expect(isOfferLapsed({ ...chat, status: 'active' }, now)).toBe(false);
    expect(isOfferLapsed({ ...chat, offerExpiresAt: undefined }, now)).toBe(false);
  });

  it(`sets Away after ${LAPSES_BEFORE_AWAY} in a row and starts counting again`, () => {
    let count: number | undefined;
    const seen: boolean[] = [];
    for (let i = 0; i < LAPSES_BEFORE_AWAY; i++) {
      const next = afterLapse(count);
      count = next.lapses;
      seen.push(next.setAway);
    }
    expect(seen).toEqual([...Array(LAPSES_BEFORE_AWAY - 1).fill(false), true]);
    expect(count).toBe(0);
  });
});

describe('least busy first', () => {
  it('orders by active chats, then by who has been idle longest', () => {
    const presence = (activeChats: number, idleMinutesAgo: number) => ({
      state: 'online' as const,
      lastSeen: now,
      activeChats,
      idleSince: new Date(now.getTime() - idleMinutesAgo * 60_000),
    });
    const operators = ['a', 'b', 'c', 'd'].map((id) => ({ id, active: true, maxChats: 5 }));
    const order = availableOperators({
      operators,
      presence: { a: presence(1, 50), b: presence(0, 1), c: presence(0, 9), d: presence(5, 99) },
      now,
    });
    expect(order).toEqual(['c', 'b', 'a']);
  });
});

describe('adoptsLapseAway', () => {
  const since = new Date('2026-12-07T10:00:00Z');
  const mine = { state: 'away' as const, since, lapses: true };
  it('keeps Away set by lapses unless the operator chose a state since', () => {
    expect(adoptsLapseAway({ state: 'online', changedAt: since.getTime() - 1 }, mine)).toBe(true);
    expect(adoptsLapseAway({ state: 'online', changedAt: since.getTime() + 1 }, mine)).toBe(false);
    expect(adoptsLapseAway({ state: 'away', changedAt: 0 }, mine)).toBe(false);
    expect(adoptsLapseAway({ state: 'online', changedAt: 0 }, { ...mine, lapses: false })).toBe(
      false,
    );
  });
});
