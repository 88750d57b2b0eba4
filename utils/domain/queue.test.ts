import { describe, expect, it } from 'vitest';
import type { QueueEntry } from './model.ts';
import {
  drainPlan,
  estimatedWaitSeconds,
  poolMembers,
  poolOf,
  queuePlaces,
  queuePosition,
  queueTicket,
  rememberWait,
  secondsPerPlace,
  someoneBusyOnline,
} from './queue.ts';

const t0 = new Date('2026-12-07T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const entry = (seconds: number, pool = '*'): QueueEntry => ({ at: at(seconds), pool, places: 1 });

describe('pools', () => {
  it('names who may take a chat from the routing basis', () => {
    expect(poolOf({ kind: 'all' })).toBe('*');
    expect(poolOf({ kind: 'url-fallback' })).toBe('*');
    expect(poolOf({ kind: 'department', departmentId: 'sales' })).toBe('department:sales');
    expect(poolOf({ kind: 'url', routeId: 'r1' })).toBe('url:r1');
  });

  it('finds the members of a pool; a removed department has none', () => {
    const input = {
      departments: [{ id: 'sales', name: 'Sales', operatorIds: ['nora'] }],
      urlRoutes: [{ id: 'r1', pattern: 'x', operatorIds: ['otto'] }],
    };
    expect(poolMembers('*', input)).toBeUndefined();
    expect(poolMembers('department:sales', input)).toEqual(['nora']);
    expect(poolMembers('url:r1', input)).toEqual(['otto']);
    expect(poolMembers('department:gone', input)).toEqual([]);
  });

  it('a chat waits only when someone of its pool is online and full', () => {
    const operators = [{ id: 'nora', active: true, maxChats: 1 }];
    const full = { state: 'online' as const, lastSeen: t0, activeChats: 1 };
    expect(someoneBusyOnline({ operators, presence: { nora: full }, now: t0 }, undefined)).toBe(
      true,
    );
    const away = { ...full, state: 'away' as const };
    expect(someoneBusyOnline({ operators, presence: { nora: away }, now: t0 }, undefined)).toBe(
      false,
    );
    expect(someoneBusyOnline({ operators, presence: { nora: full }, now: t0 }, ['otto'])).toBe(
      false,
    );
  });
});

describe('position and estimate', () => {
  const entries = {
    c: entry(30),
    a: entry(10),
    s: entry(5, 'department:sales'),
    b: entry(20),
  };

  it('counts the chats ahead in the same pool, FIFO', () => {
    expect(queuePosition({ entries }, 'a')).toBe(1);
    expect(queuePosition({ entries }, 'b')).toBe(2);
    expect(queuePosition({ entries }, 'c')).toBe(3);
    expect(queuePosition({ entries }, 's')).toBe(1);
    expect(queuePosition({ entries }, 'nope')).toBeNull();
  });

  it('estimates from recent seconds per place; none without history', () => {
    expect(secondsPerPlace([])).toBeNull();
    expect(estimatedWaitSeconds(null, 2)).toBeNull();
    const recent = rememberWait(rememberWait([], 90_000, 3), 40_000, 1);
    expect(recent).toEqual([30, 40]);
    expect(secondsPerPlace(recent)).toBe(35);
    expect(secondsPerPlace([50, 10, 30])).toBe(30);
    // median 35 s per place, 3rd in line: 105 s, rounded up to a quarter minute
    expect(estimatedWaitSeconds(35, 3)).toBe(105);
    expect(estimatedWaitSeconds(1, 1)).toBe(15);
  });

  it('gives every waiting chat its place on the board, by ticket, with the seconds per place', () => {
    const board = queuePlaces({ entries, recentWaits: [30, 40] });
    expect(board).toEqual({
      places: {
        [queueTicket('a')]: 1,
        [queueTicket('b')]: 2,
        [queueTicket('c')]: 3,
        [queueTicket('s')]: 1,
      },
      secondsPerPlace: 35,
    });
    for (const id of Object.keys(entries))
      expect(board.places[queueTicket(id)]).toBe(queuePosition({ entries }, id));
    expect(queuePlaces({ entries: {}, recentWaits: [] })).toEqual({
      places: {},
      secondsPerPlace: null,
    });
  });

  it('keys the board by short tickets that are not the chat ids and do not clash', () => {
    const id = 'Xq3vK9bLm2Pz8RtY4wNa';
    expect(queueTicket(id)).toBe(queueTicket(id));
    expect(queueTicket(id)).not.toContain(id.slice(0, 6));
    expect(queueTicket(id).length).toBeLessThanOrEqual(11);
    // Ids alike but for one character (fixtures, auto-ids sharing a prefix) get distinct tickets.
    const tickets = new Set(Array.from({ length: 10_000 }, (_, i) => queueTicket(`chat-${i}`)));
    expect(tickets.size).toBe(10_000);
  });

  it('remembers the last 20 waits', () => {
    let recent: number[] = [];
    for (let i = 0; i < 30; i++) recent = rememberWait(recent, i * 1000, 1);
    expect(recent).toHaveLength(20);
    expect(recent.at(-1)).toBe(29);
  });
});

describe('drainPlan', () => {
  it('offers the longest-waiting chats first, one per free slot, least busy first', () => {
    const entries = { c: entry(30), a: entry(10), b: entry(20) };
    const plan = drainPlan(
      entries,
      () => ['x', 'y'],
      new Map([
        ['x', 1],
        ['y', 1],
      ]),
    );
    expect(plan).toEqual([
      { chatId: 'a', pool: '*', first: 'x' },
      { chatId: 'b', pool: '*', first: 'y' },
    ]);
  });

  it('skips a chat nobody of its pool can take and serves the next', () => {
    const entries = { s: entry(1, 'department:sales'), a: entry(2) };
    const plan = drainPlan(entries, (pool) => (pool === '*' ? ['x'] : []), new Map([['x', 3]]));
    expect(plan.map((p) => p.chatId)).toEqual(['a']);
  });
});
