import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../utils/domain/model.ts';
import { hasLiveTransfer, transferDeadline } from './transfers.ts';

const requestedAt = new Date('2026-11-25T12:00:00Z');
const chat = { transfer: { from: 'nora', to: 'otto', requestedAt } };
const workspace = (transferTimeoutSeconds?: number): Workspace => ({
  name: 'Demo',
  seatPrice: 1900,
  currency: 'EUR',
  routingMode: 'all',
  createdAt: requestedAt,
  transferTimeoutSeconds,
});
const at = (seconds: number) => new Date(requestedAt.getTime() + seconds * 1000);

describe('transfer deadlines', () => {
  it('lapse after 60 s by default or the workspace setting', () => {
    expect(transferDeadline(chat, workspace())).toEqual(at(60));
    expect(transferDeadline(chat, workspace(300))).toEqual(at(300));
    expect(transferDeadline({}, workspace())).toBeNull();
  });
  it('are live strictly before the deadline', () => {
    expect(hasLiveTransfer(chat, workspace(), at(59))).toBe(true);
    expect(hasLiveTransfer(chat, workspace(), at(60))).toBe(false);
    expect(hasLiveTransfer({}, workspace(), at(0))).toBe(false);
  });
});
