import { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { queueTicket } from '../../../utils/domain/queue.ts';
import { chatFromData, messageFromData, queueFromData } from './converters.ts';

describe('chatFromData', () => {
  it('maps a chat document to the visitor view', () => {
    const created = new Date('2026-11-25T10:00:00Z');
    expect(
      chatFromData('c1', {
        visitor: { uid: 'v1', name: 'Ann', email: 'a@b.co' },
        departmentId: 'sales',
        pageUrl: 'http://x',
        status: 'active',
        offeredTo: [],
        operatorId: 'op1',
        operatorName: 'Nora',
        createdAt: Timestamp.fromDate(created),
        lastMessageAt: Timestamp.fromDate(created),
      }),
    ).toEqual({
      id: 'c1',
      status: 'active',
      visitor: { uid: 'v1', name: 'Ann', email: 'a@b.co' },
      departmentId: 'sales',
      operatorId: 'op1',
      operatorName: 'Nora',
      createdAt: created,
      closedAt: null,
      waiting: false,
      offerExpiresAt: null,
    });
  });

  it('knows a chat waiting in the queue and a one-at-a-time deadline', () => {
    const at = new Date('2026-12-07T10:00:00Z');
    expect(chatFromData('c3', { status: 'queued', offeredTo: [] })).toMatchObject({
      waiting: true,
      offerExpiresAt: null,
    });
    expect(
      chatFromData('c3', {
        status: 'queued',
        offeredTo: ['nora'],
        offerExpiresAt: Timestamp.fromDate(at),
      }),
    ).toMatchObject({ waiting: false, offerExpiresAt: at });
  });

  it('tolerates missing and odd fields', () => {
    expect(chatFromData('c2', { status: 'exploded', visitor: { name: 7 } })).toEqual({
      id: 'c2',
      status: 'queued',
      visitor: { uid: '', name: '' },
      createdAt: null,
      closedAt: null,
      waiting: false,
      offerExpiresAt: null,
    });
  });
});

describe('messageFromData', () => {
  it('maps authors, text and time', () => {
    const sent = new Date('2026-11-25T10:01:00Z');
    expect(
      messageFromData(
        'm1',
        {
          from: { kind: 'operator', uid: 'op1', name: 'Nora' },
          text: 'Hi',
          sentAt: Timestamp.fromDate(sent),
        },
        false,
      ),
    ).toEqual({
      id: 'm1',
      from: { kind: 'operator', uid: 'op1', name: 'Nora' },
      text: 'Hi',
      sentAt: sent,
      pending: false,
    });
  });

  it('treats an unknown author kind as a system note and a non-string text as empty', () => {
    const message = messageFromData('m2', { from: { kind: 'admin' }, text: { html: '<b>' } }, true);
    expect(message.from).toEqual({ kind: 'system', name: '' });
    expect(message.text).toBe('');
    expect(message.sentAt).toBeNull();
    expect(message.pending).toBe(true);
  });
});

describe('queueFromData', () => {
  it('finds the place by the chat’s ticket, with the estimate from the seconds per place', () => {
    const data = {
      places: { [queueTicket('a')]: 1, [queueTicket('b')]: 2, [queueTicket('s')]: 1 },
      secondsPerPlace: 30,
    };
    expect(queueFromData('b', data)).toEqual({ position: 2, estimatedWaitSeconds: 60 });
    expect(queueFromData('s', data)).toEqual({ position: 1, estimatedWaitSeconds: 30 });
    expect(queueFromData('gone', data)).toBeNull();
    expect(queueFromData('a', undefined)).toBeNull();
    expect(queueFromData('a', { places: { [queueTicket('a')]: 1 } })).toEqual({
      position: 1,
      estimatedWaitSeconds: null,
    });
    expect(queueFromData('a', { places: { [queueTicket('a')]: 'first' } })).toBeNull();
  });
});
