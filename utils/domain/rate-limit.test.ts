import { describe, expect, it } from 'vitest';
import {
  checkRateLimits,
  retryAfterText,
  START_CHAT_HOURLY_LIMIT,
  START_CHAT_LIMIT,
  slidingWindow,
  VISITOR_MESSAGE_LIMIT,
  VISITOR_MESSAGE_SPACING_MS,
} from './rate-limit.ts';

describe('slidingWindow', () => {
  const rate = { limit: 3, windowMs: 60_000 };
  it('allows up to the limit and records each event', () => {
    let log: number[] = [];
    for (const now of [0, 1_000, 2_000]) {
      const decision = slidingWindow(log, now, rate);
      expect(decision.allowed).toBe(true);
      log = decision.timestamps;
    }
    expect(log).toEqual([0, 1_000, 2_000]);
    const denied = slidingWindow(log, 3_000, rate);
    expect(denied).toEqual({ allowed: false, retryAfterMs: 57_000, timestamps: log });
  });
  it('slides: the oldest event leaving makes room', () => {
    const log = [0, 1_000, 2_000];
    expect(slidingWindow(log, 59_999, rate).allowed).toBe(false);
    expect(slidingWindow(log, 60_000, rate)).toEqual({
      allowed: true,
      retryAfterMs: 0,
      timestamps: [1_000, 2_000, 60_000],
    });
  });
  it('is not fooled by a burst at a fixed-bucket boundary', () => {
    const log = [59_000, 59_500, 59_900];
    expect(slidingWindow(log, 60_100, rate).allowed).toBe(false);
  });
  it('ignores unsorted and future timestamps sensibly', () => {
    const decision = slidingWindow([2_000, 500, 90_000], 3_000, rate);
    expect(decision.timestamps).toEqual([500, 2_000, 3_000]);
  });
  it('computes the wait from the event that must leave when the log is over the limit', () => {
    // limit lowered after the fact: 4 events logged, limit 3 -> the 2nd oldest must leave
    expect(slidingWindow([0, 10, 20, 30], 40, rate).retryAfterMs).toBe(60_000 + 10 - 40);
  });
  it('limits visitor messages per second', () => {
    const log = [0, 100, 200, 300, 400];
    expect(slidingWindow(log, 500, VISITOR_MESSAGE_LIMIT).allowed).toBe(false);
    expect(slidingWindow(log, 1_000, VISITOR_MESSAGE_LIMIT).allowed).toBe(true);
  });
  it('spaces visitor messages so that the rules allow the same rate (5 a second)', () => {
    expect(VISITOR_MESSAGE_SPACING_MS).toBe(200);
    const evenlySpaced = Array.from({ length: 5 }, (_, i) => i * VISITOR_MESSAGE_SPACING_MS);
    expect(slidingWindow(evenlySpaced, 1_000, VISITOR_MESSAGE_LIMIT).allowed).toBe(true);
  });
});

describe('checkRateLimits', () => {
  const limits = [START_CHAT_LIMIT, START_CHAT_HOURLY_LIMIT];
  it('needs every limit to allow', () => {
    // 10 chats spread over the last hour, none in the last minute
    const log = Array.from({ length: 10 }, (_, i) => i * 5 * 60_000);
    const now = 50 * 60_000;
    const decision = checkRateLimits(log, now, limits);
    expect(decision.allowed).toBe(false);
    expect(decision.retryAfterMs).toBe(3_600_000 - now);
  });
  it('keeps the log the longest window needs', () => {
    const decision = checkRateLimits([0, 30 * 60_000], 61 * 60_000, limits);
    expect(decision).toEqual({
      allowed: true,
      retryAfterMs: 0,
      timestamps: [30 * 60_000, 61 * 60_000],
    });
  });
  it('allows anything without limits', () => {
    expect(checkRateLimits([1], 2, []).allowed).toBe(true);
  });
});

describe('retryAfterText', () => {
  it.each([
    [0, 'Please wait 1 second and try again.'],
    [1_200, 'Please wait 2 seconds and try again.'],
    [59_000, 'Please wait 59 seconds and try again.'],
    [61_000, 'Please wait 2 minutes and try again.'],
  ])('%i ms -> %s', (ms, text) => {
    expect(retryAfterText(ms)).toBe(text);
  });
});
