import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  isDue,
  MAX_DELIVERY_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  retryDelayMs,
} from './retry-policy.ts';

const now = new Date('2026-11-25T12:00:00Z');
const to = ['ada@parley.test'];

describe('retryDelayMs', () => {
  it('doubles from one minute and is capped at an hour', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([60e3, 120e3, 240e3, 480e3, 960e3]);
    expect(retryDelayMs(30)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('afterAttempt', () => {
  it('records a successful send', () => {
    expect(afterAttempt({ to, attempts: 0 }, { ok: true }, now)).toEqual({
      status: 'sent',
      to,
      attempts: 1,
      sentAt: now,
    });
  });
  it('schedules a retry after a failure, with backoff', () => {
    const first = afterAttempt({ to, attempts: 0 }, { ok: false, error: 'ECONNREFUSED' }, now);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ECONNREFUSED' });
    expect(first.nextAttemptAt?.getTime()).toBe(now.getTime() + 60e3);
    const third = afterAttempt({ to, attempts: 2 }, { ok: false, error: 'timeout' }, now);
    expect(third.nextAttemptAt?.getTime()).toBe(now.getTime() + 240e3);
  });
  it('gives up after the last attempt or on a permanent error', () => {
    const last = afterAttempt(
      { to, attempts: MAX_DELIVERY_ATTEMPTS - 1 },
      { ok: false, error: 'still down' },
      now,
    );
    expect(last).toEqual({
      status: 'failed',
      to,
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: 'still down',
    });
    const none = afterAttempt(
      { to: [], attempts: 0 },
      { ok: false, error: 'no recipients', permanent: true },
      now,
    );
    expect(none.status).toBe('failed');
  });
  it('keeps lastError short', () => {
    const long = afterAttempt({ to, attempts: 0 }, { ok: false, error: 'x'.repeat(5000) }, now);
    expect(long.lastError).toHaveLength(500);
  });
});

describe('isDue', () => {
  it('is due when pending and the next attempt time has come', () => {
    expect(
      isDue(
        { status: 'pending', to, attempts: 1, nextAttemptAt: new Date(now.getTime() - 1) },
        now,
      ),
    ).toBe(true);
    expect(
      isDue(
        { status: 'pending', to, attempts: 1, nextAttemptAt: new Date(now.getTime() + 1) },
        now,
      ),
    ).toBe(false);
    expect(isDue({ status: 'pending', to, attempts: 0 }, now)).toBe(true);
    expect(isDue({ status: 'sent', to, attempts: 1 }, now)).toBe(false);
    expect(isDue({ status: 'failed', to, attempts: 6 }, now)).toBe(false);
  });
});
