import { describe, expect, it } from 'vitest';
import { isOverdue, QUEUE_TIMEOUT_MS, queueTimeoutMs } from './queue-timeout.ts';

const createdAt = new Date('2026-11-25T12:00:00Z');
const at = (seconds: number) => new Date(createdAt.getTime() + seconds * 1000);

describe('queueTimeoutMs', () => {
  it('is the workspace setting in ms, or the 180 s default', () => {
    expect(QUEUE_TIMEOUT_MS).toBe(180_000);
    expect(queueTimeoutMs(undefined)).toBe(180_000);
    expect(queueTimeoutMs({})).toBe(180_000);
    expect(queueTimeoutMs({ queueTimeoutSeconds: 30 })).toBe(30_000);
    expect(queueTimeoutMs({ queueTimeoutSeconds: 0 })).toBe(180_000);
  });
});

describe('isOverdue', () => {
  it('is true for a queued chat once its timeout has passed', () => {
    expect(isOverdue({ status: 'queued', createdAt }, 180_000, at(179))).toBe(false);
    expect(isOverdue({ status: 'queued', createdAt }, 180_000, at(180))).toBe(true);
  });
  it('counts from when a chat went back to the queue', () => {
    const queuedAt = at(600);
    expect(isOverdue({ status: 'queued', createdAt, queuedAt }, 180_000, at(779))).toBe(false);
    expect(isOverdue({ status: 'queued', createdAt, queuedAt }, 180_000, at(780))).toBe(true);
  });
  it('never for chats that are not waiting', () => {
    for (const status of ['active', 'closed', 'missed'] as const) {
      expect(isOverdue({ status, createdAt }, 0, at(1000))).toBe(false);
    }
  });
});
