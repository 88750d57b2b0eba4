import { describe, expect, it } from 'vitest';
import { routeChat } from './routing.ts';
import { presenceChange, routingInputFromSummary, summaryPresence } from './summaries.ts';

const now = new Date('2026-12-07T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('summaryPresence', () => {
  it('keeps a fresh state and the load', () => {
    expect(
      summaryPresence({ state: 'online', lastSeen: ago(5_000), activeChats: 2 }, now, now),
    ).toEqual({ state: 'online', activeChats: 2, at: now });
  });
  it('records a write that is already stale as offline', () => {
    expect(
      summaryPresence({ state: 'online', lastSeen: ago(91_000), activeChats: 0 }, now, now).state,
    ).toBe('offline');
  });
  it('never records a negative load', () => {
    expect(
      summaryPresence({ state: 'away', lastSeen: now, activeChats: -1 }, now, now).activeChats,
    ).toBe(0);
  });
});

describe('presenceChange', () => {
  const entry = (state: 'online' | 'away' | 'offline', activeChats = 0) => ({
    state,
    activeChats,
    at: now,
  });
  it('ignores a heartbeat (same state, same load)', () => {
    expect(presenceChange(entry('online', 1), entry('online', 1))).toEqual({
      routing: false,
      board: false,
    });
  });
  it('a load change concerns routing only', () => {
    expect(presenceChange(entry('online', 1), entry('online', 2))).toEqual({
      routing: true,
      board: false,
    });
  });
  it('a state change concerns both', () => {
    expect(presenceChange(entry('online'), entry('away'))).toEqual({ routing: true, board: true });
  });
  it('an appearing or vanishing operator concerns both', () => {
    expect(presenceChange(undefined, entry('offline'))).toEqual({ routing: true, board: true });
    expect(presenceChange(entry('offline'), undefined)).toEqual({ routing: true, board: true });
  });
});

describe('routing from the summary', () => {
  const summary = {
    operators: {
      ada: { active: true, maxChats: 5 },
      nora: { active: true, maxChats: 2 },
      otto: { active: true, maxChats: 5 },
      pia: { active: false, maxChats: 5 },
    },
    // States in a summary are current however old their write: housekeeping keeps them so.
    presence: {
      ada: { state: 'online' as const, activeChats: 3, at: ago(3_600_000) },
      nora: { state: 'online' as const, activeChats: 2, at: ago(1_000) },
      otto: { state: 'online' as const, activeChats: 1, at: ago(1_000) },
      pia: { state: 'online' as const, activeChats: 0, at: ago(1_000) },
    },
    departments: { sales: { name: 'Sales', operatorIds: ['nora', 'otto'] } },
    urlRoutes: {},
  };
  it('offers the available operators least busy first (full and inactive left out)', () => {
    const routed = routeChat({
      mode: 'all',
      ...routingInputFromSummary(summary),
      pageUrl: 'https://shop.example/',
      now,
    });
    expect(routed).toMatchObject({ ok: true, candidates: ['otto', 'ada'] });
  });
  it('finds departments by id', () => {
    const routed = routeChat({
      mode: 'departments',
      ...routingInputFromSummary(summary),
      departmentId: 'sales',
      pageUrl: 'https://shop.example/',
      now,
    });
    expect(routed).toMatchObject({ ok: true, candidates: ['otto'] });
  });
});
