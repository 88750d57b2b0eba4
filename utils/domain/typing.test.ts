import { describe, expect, it } from 'vitest';
import {
  idleTyping,
  isTyping,
  nextClockOffset,
  onKeystroke,
  onSent,
  TYPING,
  type TypingThrottle,
  typingEndsAt,
} from './typing.ts';

/** Writes made by keystrokes every `everyMs` for `forMs`, sending a message every `sendEveryMs`. */
function writesWhileTyping(forMs: number, everyMs: number, sendEveryMs = Infinity): number {
  let state: TypingThrottle = idleTyping();
  let writes = 0;
  for (let t = 1; t <= forMs; t += everyMs) {
    const step = onKeystroke(state, t);
    state = step.state;
    if (step.write) writes++;
    if (Number.isFinite(sendEveryMs) && t % sendEveryMs < everyMs) state = onSent(state);
  }
  return writes;
}

describe('the typing throttle', () => {
  it('writes on the first keystroke and then at most every writeEveryMs', () => {
    let state = idleTyping();
    const first = onKeystroke(state, 1000);
    expect(first.write).toBe(true);
    state = first.state;
    expect(onKeystroke(state, 1000 + TYPING.writeEveryMs - 1).write).toBe(false);
    expect(onKeystroke(state, 1000 + TYPING.writeEveryMs).write).toBe(true);
  });

  it('announces typing again soon after a message went out, not at once', () => {
    let state = onKeystroke(idleTyping(), 1000).state;
    state = onSent(state);
    expect(onKeystroke(state, 1000 + TYPING.afterSendMs - 1).write).toBe(false);
    expect(onKeystroke(state, 1000 + TYPING.afterSendMs).write).toBe(true);
  });

  it('keeps a minute of continuous typing within 20 writes, with or without sending', () => {
    expect(writesWhileTyping(60_000, 150)).toBe(15);
    expect(writesWhileTyping(60_000, 150, 2000)).toBeLessThanOrEqual(20);
    expect(writesWhileTyping(60_000, 20, 500)).toBeLessThanOrEqual(20);
  });
});

describe('the reader', () => {
  it('shows typing until showForMs after the write by the server clock', () => {
    const offset = 5000; // the server is 5 s ahead of this browser
    const at = 100_000;
    expect(isTyping(at, at - offset + 1000, offset)).toBe(true);
    expect(isTyping(at, at - offset + TYPING.showForMs - 1, offset)).toBe(true);
    expect(isTyping(at, at - offset + TYPING.showForMs, offset)).toBe(false);
    expect(typingEndsAt(at, offset)).toBe(at - offset + TYPING.showForMs);
  });

  it('stops showing once a message of that side came after the write', () => {
    expect(isTyping(100_000, 101_000, 0, 100_500)).toBe(false);
    expect(isTyping(100_000, 101_000, 0, 99_000)).toBe(true);
  });

  it('shows nothing without a write, or for one far in the future', () => {
    expect(isTyping(null, 1, 0)).toBe(false);
    expect(typingEndsAt(undefined, 0)).toBeNull();
    expect(isTyping(100_000, 50_000, 0)).toBe(false);
  });

  it('estimates the server clock from the freshest sample', () => {
    let offset = nextClockOffset(null, 10_000, 9_000);
    expect(offset).toBe(1000);
    offset = nextClockOffset(offset, 20_000, 18_500); // delivered faster: better estimate
    expect(offset).toBe(1500);
    offset = nextClockOffset(offset, 30_000, 29_900); // a slow delivery does not spoil it
    expect(offset).toBe(1500);
  });
});
