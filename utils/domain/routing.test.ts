import { describe, expect, it } from 'vitest';
import type { Presence, RoutingMode } from './model.ts';
import {
  availableOperators,
  departmentAvailability,
  type RoutingInput,
  routeChat,
  unavailableReason,
} from './routing.ts';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const online = (activeChats = 0, seenSecondsAgo = 5): Presence => ({
  state: 'online',
  lastSeen: ago(seenSecondsAgo),
  activeChats,
});

// The cast: nora (sales), otto (support), ada (admin, in no department), ivy (inactive, sales),
// sam (stale presence, support), fay (full), al (away).
const operators = [
  { id: 'ada', active: true, maxChats: 5 },
  { id: 'nora', active: true, maxChats: 5 },
  { id: 'otto', active: true, maxChats: 5 },
  { id: 'ivy', active: false, maxChats: 5 },
  { id: 'sam', active: true, maxChats: 5 },
  { id: 'fay', active: true, maxChats: 2 },
  { id: 'al', active: true, maxChats: 5 },
];
const presence: Record<string, Presence> = {
  ada: online(2),
  nora: online(0),
  otto: online(1),
  ivy: online(0),
  sam: online(0, 91),
  fay: online(2),
  al: { state: 'away', lastSeen: ago(1), activeChats: 0 },
};
const departments = [
  { id: 'sales', name: 'Sales', operatorIds: ['nora', 'ivy'] },
  { id: 'support', name: 'Support', operatorIds: ['otto', 'sam'] },
  { id: 'vip', name: 'VIP', operatorIds: ['fay', 'sam'] },
];
const urlRoutes = [
  { id: 'pricing', pattern: '127.0.0.1*/pricing*', operatorIds: ['nora'] },
  { id: 'help', pattern: 'shop.example/help', operatorIds: ['otto', 'nora'] },
  { id: 'help-vip', pattern: 'shop.example/help/vip', operatorIds: ['fay'] },
];

const input = (mode: RoutingMode, extra: Partial<RoutingInput> = {}): RoutingInput => ({
  mode,
  operators,
  presence,
  departments,
  urlRoutes,
  pageUrl: 'https://shop.example/',
  now,
  ...extra,
});

describe('routeChat', () => {
  it.each([
    // label, mode, departmentId, pageUrl, candidates (least busy first), basis
    ['all: every available operator', 'all', undefined, undefined, ['nora', 'otto', 'ada'], 'all'],
    ['departments: sales', 'departments', 'sales', undefined, ['nora'], 'department'],
    [
      'departments: support without stale sam',
      'departments',
      'support',
      undefined,
      ['otto'],
      'department',
    ],
    [
      'departments: vip (full + stale) -> nobody',
      'departments',
      'vip',
      undefined,
      [],
      'department',
    ],
    [
      'departments: none chosen -> all',
      'departments',
      undefined,
      undefined,
      ['nora', 'otto', 'ada'],
      'department-fallback',
    ],
    ['url: pricing route', 'url', undefined, 'http://127.0.0.1:5173/pricing.html', ['nora'], 'url'],
    [
      'url: help route, least loaded first',
      'url',
      undefined,
      'https://shop.example/help/x',
      ['nora', 'otto'],
      'url',
    ],
    [
      'url: longest pattern wins even if nobody is free',
      'url',
      undefined,
      'https://shop.example/help/vip',
      [],
      'url',
    ],
    [
      'url: no match -> all',
      'url',
      undefined,
      'https://shop.example/cart',
      ['nora', 'otto', 'ada'],
      'url-fallback',
    ],
    [
      'url: ignores the department',
      'url',
      'sales',
      'https://shop.example/cart',
      ['nora', 'otto', 'ada'],
      'url-fallback',
    ],
    [
      'departments: ignores URL routes',
      'departments',
      'support',
      'http://127.0.0.1/pricing',
      ['otto'],
      'department',
    ],
    [
      'all: ignores both',
      'all',
      'sales',
      'http://127.0.0.1/pricing',
      ['nora', 'otto', 'ada'],
      'all',
    ],
  ] as const)('%s', (_label, mode, departmentId, pageUrl, candidates, basis) => {
    const result = routeChat(input(mode, { departmentId, ...(pageUrl ? { pageUrl } : {}) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.candidates).toEqual(candidates);
    expect(result.basis.kind).toBe(basis);
  });

  it('refuses an unknown department with a clear message', () => {
    const result = routeChat(input('departments', { departmentId: 'gone' }));
    expect(result).toMatchObject({ ok: false, error: 'unknown-department' });
  });

  it('offers nobody when every operator is offline', () => {
    const result = routeChat(input('all', { presence: {} }));
    expect(result).toEqual({ ok: true, candidates: [], basis: { kind: 'all' } });
  });

  it('does not offer to operators a route names but who do not exist', () => {
    const routes = [{ id: 'x', pattern: 'shop.example', operatorIds: ['ghost'] }];
    const result = routeChat(input('url', { urlRoutes: routes }));
    expect(result).toMatchObject({ ok: true, candidates: [] });
  });
});

describe('unavailableReason', () => {
  it.each([
    ['nora', null],
    ['ivy', 'inactive'],
    ['sam', 'stale'],
    ['fay', 'full'],
    ['al', 'away'],
  ])('%s -> %s', (uid, reason) => {
    const operator = operators.find((o) => o.id === uid)!;
    expect(unavailableReason(operator, presence[uid], now)).toBe(reason);
  });
  it.each([
    ['no presence document', undefined, 'offline'],
    ['stored offline', { state: 'offline', lastSeen: now, activeChats: 0 }, 'offline'],
    ['one below the limit', { state: 'online', lastSeen: now, activeChats: 4 }, null],
    ['at the limit', { state: 'online', lastSeen: now, activeChats: 5 }, 'full'],
    ['over the limit', { state: 'online', lastSeen: now, activeChats: 9 }, 'full'],
    ['seen 90 s ago', { state: 'online', lastSeen: ago(90), activeChats: 0 }, null],
    ['seen 91 s ago', { state: 'online', lastSeen: ago(91), activeChats: 0 }, 'stale'],
  ] as const)('%s -> %s', (_label, p, reason) => {
    expect(unavailableReason({ active: true, maxChats: 5 }, p, now)).toBe(reason);
  });
});

describe('availableOperators', () => {
  it('orders by load then uid, restricted to the pool', () => {
    const p = { a: online(1), b: online(0), c: online(1) };
    const ops = ['c', 'b', 'a'].map((id) => ({ id, active: true, maxChats: 5 }));
    expect(availableOperators({ operators: ops, presence: p, now })).toEqual(['b', 'a', 'c']);
    expect(availableOperators({ operators: ops, presence: p, now }, ['c', 'a'])).toEqual([
      'a',
      'c',
    ]);
  });
});

describe('departmentAvailability', () => {
  it('lists departments by name with whether someone can answer', () => {
    expect(departmentAvailability(input('departments'))).toEqual([
      { id: 'sales', name: 'Sales', available: true },
      { id: 'support', name: 'Support', available: true },
      { id: 'vip', name: 'VIP', available: false },
    ]);
  });
  it('is empty outside department mode', () => {
    expect(departmentAvailability(input('url'))).toEqual([]);
  });
});
