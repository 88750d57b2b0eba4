import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  can,
  canPostToChat,
  canReadChat,
  isOthersChat,
  lastAdminError,
  NORMAL_ROLE_LIMITS,
  operatorUpdateError,
  visiblePanels,
} from './permissions.ts';

describe('can', () => {
  it('lets an admin do every action', () => {
    for (const action of ACTIONS) expect(can('admin', action)).toBe(true);
  });
  it('denies every seed-manual Normal-role limit', () => {
    for (const limit of NORMAL_ROLE_LIMITS)
      for (const action of limit.actions) expect(can('normal', action), limit.manual).toBe(false);
    expect(NORMAL_ROLE_LIMITS.map((l) => l.manual)).toEqual([
      'add new user account',
      "view other operator's chat sessions",
      'view invoices',
      'manage save credit cards',
    ]);
  });
  it.each([
    ['operators.read', true],
    ['presence.setOwn', true],
    ['cannedResponses.read', true],
    ['departments.read', true],
    ['internalChats.start', true],
    ['profile.updateOwn', true],
    ['cannedResponses.manage', false],
    ['departments.manage', false],
    ['urlRoutes.manage', false],
    ['offlineSettings.manage', false],
    ['workspace.updateSettings', false],
    ['operators.delete', false],
    ['billing.closePeriod', false],
    ['auditLog.read', false],
  ] as const)('normal: %s -> %s', (action, expected) => {
    expect(can('normal', action)).toBe(expected);
  });
  it('denies everything without a role', () => {
    expect(can(undefined, 'operators.read')).toBe(false);
    expect(can(null, 'cannedResponses.read')).toBe(false);
  });
});

describe('visiblePanels', () => {
  it('shows normal operators only their profile and the canned responses', () => {
    expect(visiblePanels('normal')).toEqual(['profile', 'cannedResponses']);
    expect(visiblePanels('admin')).toContain('billing');
  });
});

describe('operatorUpdateError', () => {
  const admin = { uid: 'ada', role: 'admin' as const };
  const nora = { uid: 'nora', role: 'normal' as const };
  it('lets admins change anything', () => {
    expect(operatorUpdateError(admin, 'nora', ['role', 'active', 'maxChats'])).toBeNull();
  });
  it('lets an operator change their own name and password only', () => {
    expect(operatorUpdateError(nora, 'nora', ['displayName', 'password'])).toBeNull();
    expect(operatorUpdateError(nora, 'nora', ['role'])?.message).toMatch(/can change role/);
    expect(operatorUpdateError(nora, 'nora', ['maxChats', 'email'])?.details).toEqual({
      reason: 'admin-fields',
      fields: 'maxChats, email',
    });
    expect(operatorUpdateError(nora, 'otto', ['displayName'])?.message).toMatch(/another operator/);
  });
});

describe('lastAdminError', () => {
  const team = [
    { id: 'ada', role: 'admin' as const, active: true },
    { id: 'nora', role: 'normal' as const, active: true },
    { id: 'old', role: 'admin' as const, active: false },
  ];
  it.each([
    ['delete the last admin', 'ada', { kind: 'delete' }, /can't be deleted/],
    ['demote the last admin', 'ada', { kind: 'update', role: 'normal' }, /last administrator/],
    ['deactivate the last admin', 'ada', { kind: 'update', active: false }, /last administrator/],
    ['rename the last admin', 'ada', { kind: 'update', role: 'admin', active: true }, null],
    ['delete a normal operator', 'nora', { kind: 'delete' }, null],
    ['delete an inactive admin', 'old', { kind: 'delete' }, null],
  ] as const)('%s', (_label, target, change, expected) => {
    const error = lastAdminError(team, target, change);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toMatch(expected);
  });
  it('allows it when another active admin exists', () => {
    const two = [...team, { id: 'bob', role: 'admin' as const, active: true }];
    expect(lastAdminError(two, 'ada', { kind: 'delete' })).toBeNull();
  });
});

describe('chat access', () => {
  const base = { visitor: { uid: 'v1', name: 'Zoë' }, offeredTo: [] as string[] };
  const admin = { uid: 'ada', role: 'admin' as const };
  const nora = { uid: 'nora', role: 'normal' as const };
  it.each([
    ['offered to me', { ...base, offeredTo: ['nora', 'otto'] }, true],
    ['assigned to me', { ...base, operatorId: 'nora' }, true],
    [
      'being transferred to me',
      {
        ...base,
        operatorId: 'otto',
        transfer: { from: 'otto', to: 'nora', requestedAt: new Date() },
      },
      true,
    ],
    ["someone else's", { ...base, operatorId: 'otto' }, false],
    ['queued for others', { ...base, offeredTo: ['otto'] }, false],
  ])('normal operator reads a chat %s: %s', (_label, chat, expected) => {
    expect(canReadChat(nora, chat)).toBe(expected);
    expect(canReadChat(admin, chat)).toBe(true);
  });
  it('lets the assigned operator and admins post to open chats only', () => {
    const active = { ...base, status: 'active' as const, operatorId: 'nora' };
    expect(canPostToChat(nora, active)).toBe(true);
    expect(canPostToChat(admin, active)).toBe(true);
    expect(canPostToChat({ uid: 'otto', role: 'normal' }, active)).toBe(false);
    expect(canPostToChat(nora, { ...active, status: 'queued', offeredTo: ['nora'] })).toBe(false);
    expect(canPostToChat(admin, { ...active, status: 'queued' })).toBe(false);
    expect(canPostToChat(nora, { ...active, status: 'closed' })).toBe(false);
    expect(canPostToChat(admin, { ...active, status: 'missed' })).toBe(false);
  });
  it("tells an admin which chats are someone else's", () => {
    expect(isOthersChat(admin, { ...base, operatorId: 'nora' })).toBe(true);
    expect(isOthersChat(admin, { ...base, operatorId: 'ada' })).toBe(false);
    expect(isOthersChat(admin, base)).toBe(false);
  });
});
