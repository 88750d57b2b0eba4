import { describe, expect, it } from 'vitest';
import { planHandBack } from './hand-back.ts';

const transfer = (from: string, to: string) => ({ from, to, requestedAt: new Date() });
const others = () => ['otto', 'ada'];
const nobody = () => [];

describe('planHandBack', () => {
  it('requeues the leaving operator’s ongoing chat to whoever can take it, else closes it', () => {
    const chat = { status: 'active' as const, operatorId: 'nora', offeredTo: [] };
    expect(planHandBack(chat, 'nora', others)).toEqual({
      kind: 'requeue',
      offeredTo: ['otto', 'ada'],
    });
    expect(planHandBack(chat, 'nora', nobody)).toEqual({ kind: 'close' });
    // A transfer they asked for dies with their ownership of the chat.
    const asked = { ...chat, transfer: transfer('nora', 'otto') };
    expect(planHandBack(asked, 'nora', others)).toMatchObject({ kind: 'requeue' });
  });

  it('takes them off a queued chat’s offers, ringing the others again if they were the only one', () => {
    const shared = { status: 'queued' as const, offeredTo: ['nora', 'otto'] };
    expect(planHandBack(shared, 'nora', others)).toEqual({
      kind: 'withdrawOffer',
      offeredTo: ['otto'],
    });
    const only = { status: 'queued' as const, offeredTo: ['nora'] };
    expect(planHandBack(only, 'nora', others)).toEqual({
      kind: 'withdrawOffer',
      offeredTo: ['otto', 'ada'],
    });
    expect(planHandBack(only, 'nora', nobody)).toEqual({ kind: 'withdrawOffer', offeredTo: [] });
  });

  it('withdraws a colleague’s transfer to them', () => {
    const chat = {
      status: 'active' as const,
      operatorId: 'otto',
      offeredTo: [],
      transfer: transfer('otto', 'nora'),
    };
    expect(planHandBack(chat, 'nora', others)).toEqual({ kind: 'withdrawTransfer' });
  });

  it('leaves alone chats that no longer involve them', () => {
    expect(
      planHandBack({ status: 'closed', operatorId: 'nora', offeredTo: [] }, 'nora', others),
    ).toBe(null);
    expect(
      planHandBack({ status: 'active', operatorId: 'otto', offeredTo: [] }, 'nora', others),
    ).toBe(null);
    // Accepted by someone else meanwhile: the old offer list was emptied.
    expect(
      planHandBack({ status: 'active', operatorId: 'otto', offeredTo: ['nora'] }, 'nora', others),
    ).toBe(null);
  });
});
