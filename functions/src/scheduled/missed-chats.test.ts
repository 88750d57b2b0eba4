import { describe, expect, it } from 'vitest';
import { isOverdue } from './missed-chats.ts';

const createdAt = new Date('2026-11-25T12:00:00Z');
const at = (seconds: number) => new Date(createdAt.getTime() + seconds * 1000);

describe('isOverdue', () => {
  it('is true for a queued chat once its timeout has passed', () => {
    expect(isOverdue({ status: 'queued', createdAt }, 180, at(179))).toBe(false);
    expect(isOverdue({ status: 'queued', createdAt }, 180, at(180))).toBe(true);
  });
  it('never for chats that are not waiting', () => {
    for (const status of ['active', 'closed', 'missed'] as const) {
      expect(isOverdue({ status, createdAt }, 0, at(1000))).toBe(false);
    }
  });
});
