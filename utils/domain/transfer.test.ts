import { describe, expect, it } from 'vitest';
import type { Chat } from './model.ts';
import {
  acceptTransferRefusal,
  declineTransferRefusal,
  isRefusal,
  newTransfer,
  pickTransferToAccept,
  requestTransferRefusal,
  TRANSFER_TIMEOUT_MS,
  transferAlreadyAccepted,
  transferExpiresAt,
  transferNotes,
  transferState,
  transferTimeoutMs,
} from './transfer.ts';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
type C = Pick<Chat, 'status' | 'operatorId' | 'transfer'>;
const active: C = { status: 'active', operatorId: 'nora' };
const pending: C = { ...active, transfer: newTransfer('nora', 'otto', ago(10_000)) };
const expired: C = { ...active, transfer: newTransfer('nora', 'otto', ago(TRANSFER_TIMEOUT_MS)) };
const nora = { uid: 'nora', role: 'normal' as const };
const otto = { uid: 'otto', role: 'normal' as const };
const ada = { uid: 'ada', role: 'admin' as const };
const otto2 = { uid: 'otto', active: true, presence: 'online' as const, displayName: 'Otto' };

describe('transferState', () => {
  it('is none, pending until the timeout, then expired', () => {
    expect(transferState(active, now)).toEqual({ kind: 'none' });
    expect(transferState(pending, now)).toMatchObject({
      kind: 'pending',
      expiresAt: new Date(now.getTime() + TRANSFER_TIMEOUT_MS - 10_000),
    });
    expect(transferState(expired, now).kind).toBe('expired');
    expect(transferState(pending, now, 5_000).kind).toBe('expired');
  });
});

describe('transferTimeoutMs', () => {
  it('is the workspace setting in ms, or the 60 s default', () => {
    expect(transferTimeoutMs(undefined)).toBe(60_000);
    expect(transferTimeoutMs({})).toBe(60_000);
    expect(transferTimeoutMs({ transferTimeoutSeconds: 300 })).toBe(300_000);
    expect(transferTimeoutMs({ transferTimeoutSeconds: 0 })).toBe(60_000);
  });
  it('sets when a request lapses', () => {
    const transfer = newTransfer('nora', 'otto', now);
    expect(transferExpiresAt(transfer, transferTimeoutMs({ transferTimeoutSeconds: 90 }))).toEqual(
      new Date(now.getTime() + 90_000),
    );
  });
});

describe('requestTransferRefusal', () => {
  it.each([
    ['the operator asks for an online colleague', active, nora, otto2, null],
    ['an admin moves someone else’s chat', active, ada, otto2, null],
    ['an expired request is replaced', expired, nora, otto2, null],
    ['the chat is queued', { ...active, status: 'queued' }, nora, otto2, 'failed-precondition'],
    ['the chat is closed', { ...active, status: 'closed' }, nora, otto2, 'failed-precondition'],
    ['someone else’s chat', active, otto, { ...otto2, uid: 'ada' }, 'permission-denied'],
    ['to the current operator', active, nora, { ...otto2, uid: 'nora' }, 'failed-precondition'],
    [
      'to an offline operator',
      active,
      nora,
      { ...otto2, presence: 'offline' },
      'failed-precondition',
    ],
    ['to a deactivated account', active, nora, { ...otto2, active: false }, 'failed-precondition'],
    ['while one is pending', pending, nora, otto2, 'failed-precondition'],
  ] as const)('%s -> %s', (_label, chat, actor, target, code) => {
    expect(requestTransferRefusal(chat as C, actor, target, now)?.code ?? null).toBe(code);
  });
  it('allows an away colleague and explains offline ones', () => {
    expect(requestTransferRefusal(active, nora, { ...otto2, presence: 'away' }, now)).toBeNull();
    expect(
      requestTransferRefusal(active, nora, { ...otto2, presence: 'offline' }, now)?.message,
    ).toBe('Otto is offline; a chat can only go to someone online or away.');
  });
});

describe('acceptTransferRefusal', () => {
  it.each([
    ['the addressee, in time', pending, otto, null],
    ['nothing pending', active, otto, 'failed-precondition'],
    ['someone else', pending, ada, 'permission-denied'],
    ['the requester', pending, nora, 'permission-denied'],
    ['too late', expired, otto, 'failed-precondition'],
    ['the chat ended', { ...pending, status: 'closed' }, otto, 'failed-precondition'],
    ['the chat changed hands', { ...pending, operatorId: 'ada' }, otto, 'failed-precondition'],
  ] as const)('%s -> %s', (_label, chat, actor, code) => {
    expect(acceptTransferRefusal(chat as C, actor, now)?.code ?? null).toBe(code);
  });
});

describe('transferAlreadyAccepted', () => {
  it('is a repeated accept of a chat the caller took over, and nothing else', () => {
    const taken: C = { status: 'active', operatorId: 'otto' };
    expect(transferAlreadyAccepted(taken, otto)).toBe(true);
    expect(transferAlreadyAccepted(pending, otto)).toBe(false);
    expect(transferAlreadyAccepted(taken, nora)).toBe(false);
    expect(transferAlreadyAccepted({ ...taken, status: 'closed' }, otto)).toBe(false);
  });
});

describe('declineTransferRefusal', () => {
  it.each([
    ['the addressee declines', pending, otto, null],
    ['the requester cancels', pending, nora, null],
    ['an admin clears it', pending, ada, null],
    ['an expired one can be cleared', expired, otto, null],
    ['a bystander', pending, { uid: 'zed', role: 'normal' as const }, 'permission-denied'],
    ['nothing to decline', active, otto, 'failed-precondition'],
  ] as const)('%s -> %s', (_label, chat, actor, code) => {
    expect(declineTransferRefusal(chat as C, actor)?.code ?? null).toBe(code);
  });
});

describe('pickTransferToAccept', () => {
  const chats = [
    { id: 'c1', ...pending },
    { id: 'c2', ...expired },
    { id: 'c3', ...active },
    { id: 'c4', ...pending, transfer: newTransfer('nora', 'ada', ago(1_000)) },
  ];
  it('finds the single pending transfer to me', () => {
    expect(pickTransferToAccept(chats, 'otto', now)).toMatchObject({ id: 'c1' });
    expect(pickTransferToAccept(chats, 'ada', now)).toMatchObject({ id: 'c4' });
  });
  it('refuses none or several', () => {
    const none = pickTransferToAccept(chats, 'nora', now);
    expect(isRefusal(none) && none.message).toBe('No transfer is waiting for you.');
    const two = pickTransferToAccept([...chats, { ...chats[0]!, id: 'c5' }], 'otto', now);
    expect(isRefusal(two) && two.message).toMatch(/2 transfers are waiting/);
  });
});

describe('transferNotes', () => {
  it('phrases the system notes with names only', () => {
    expect(transferNotes.accepted('Nora', 'Otto')).toBe('Nora transferred the chat to Otto.');
    expect(transferNotes.expired('Otto')).toMatch(/expired/);
  });
});
