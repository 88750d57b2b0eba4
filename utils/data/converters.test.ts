import { describe, expect, it } from 'vitest';
import { cannedFromData } from './collections/canned-responses.ts';
import { chatMessageFromData } from './collections/chat-messages.ts';
import { chatFromData, waitingSeconds } from './collections/chats.ts';
import { internalChatFromData, otherMember } from './collections/internal-chats.ts';
import { operatorFromData } from './collections/operators.ts';
import { presenceFromData } from './collections/presence.ts';
import { toDate } from './convert.ts';

const ts = (ms: number) => ({ toDate: () => new Date(ms) });

describe('toDate', () => {
  it('reads Timestamps, Dates, millis and ISO strings', () => {
    expect(toDate(ts(5)).getTime()).toBe(5);
    expect(toDate(new Date(6)).getTime()).toBe(6);
    expect(toDate(7).getTime()).toBe(7);
    expect(toDate('1970-01-01T00:00:00.008Z').getTime()).toBe(8);
    expect(toDate(null, new Date(9)).getTime()).toBe(9);
  });
});

describe('chatFromData', () => {
  it('reads a full chat', () => {
    const chat = chatFromData('c1', {
      visitor: { uid: 'v1', name: 'Vera', email: 'vera@example.com' },
      departmentId: 'sales',
      pageUrl: 'http://127.0.0.1:5173/pricing',
      referrer: 'https://search.example/',
      status: 'active',
      offeredTo: [],
      operatorId: 'nora',
      transfer: { from: 'nora', to: 'otto', requestedAt: ts(30) },
      createdAt: ts(10),
      acceptedAt: ts(20),
      lastMessageAt: ts(40),
    });
    expect(chat).toMatchObject({
      id: 'c1',
      visitor: { uid: 'v1', name: 'Vera', email: 'vera@example.com' },
      status: 'active',
      operatorId: 'nora',
      transfer: { from: 'nora', to: 'otto' },
    });
    expect(chat.acceptedAt?.getTime()).toBe(20);
    expect(chat.transfer?.requestedAt.getTime()).toBe(30);
  });

  it('survives a sparse or malformed document', () => {
    const chat = chatFromData('c2', {
      status: 'weird',
      offeredTo: ['a', 3],
      transfer: { from: 1 },
    });
    expect(chat.status).toBe('queued');
    expect(chat.offeredTo).toEqual(['a']);
    expect(chat.transfer).toBeUndefined();
    expect(chat.visitor.name).toBe('Visitor');
  });

  it('counts waiting seconds', () => {
    expect(waitingSeconds({ createdAt: new Date(0) }, new Date(61_500))).toBe(61);
  });
});

describe('messages, operators, canned, internal chats', () => {
  it('reads a message with its author', () => {
    const m = chatMessageFromData('m1', {
      from: { kind: 'visitor', uid: 'v1', name: 'Vera' },
      text: '<b>hi</b>',
      sentAt: ts(3),
    });
    expect(m).toEqual({
      id: 'm1',
      from: { kind: 'visitor', uid: 'v1', name: 'Vera' },
      text: '<b>hi</b>',
      sentAt: new Date(3),
    });
    expect(chatMessageFromData('m2', { from: { kind: 'system', name: '' } }).from.kind).toBe(
      'system',
    );
  });

  it('reads an operator with SIP info and defaults', () => {
    const op = operatorFromData('u1', {
      displayName: 'Nora',
      email: 'nora@parley.test',
      role: 'normal',
      maxChats: 3,
      sip: { uri: 'sip:nora@x', username: 'nora', domain: 'x' },
    });
    expect(op).toMatchObject({ id: 'u1', role: 'normal', active: true, maxChats: 3 });
    expect(op.sip?.uri).toBe('sip:nora@x');
    expect(operatorFromData('u2', { email: 'otto@parley.test' }).displayName).toBe('otto');
  });

  it('reads canned responses and internal chats', () => {
    expect(cannedFromData('hello', { shortcut: 'hello', text: 'Hi %VISITOR%' })).toMatchObject({
      shortcut: 'hello',
      text: 'Hi %VISITOR%',
    });
    const chat = internalChatFromData('a_b', { members: ['a', 'b'], lastMessageAt: ts(1) });
    expect(otherMember(chat, 'a')).toBe('b');
    expect(otherMember(chat, 'b')).toBe('a');
  });
});

describe('presence', () => {
  it('reads state, lastSeen and activeChats with defaults', () => {
    expect(presenceFromData('u', { state: 'away', lastSeen: ts(5), activeChats: 2 })).toEqual({
      id: 'u',
      state: 'away',
      lastSeen: new Date(5),
      activeChats: 2,
    });
    expect(presenceFromData('u', { state: 'busy' }).state).toBe('offline');
  });
});
