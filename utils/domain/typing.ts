/**
 * Typing indicators, cheap by design (ADR 010): while someone types, their side writes its typing
 * document (`chats/{id}/typing/{side}`, `at` = server time) at most once every
 * TYPING.writeEveryMs, never per keystroke, and never writes "stopped": the reader shows the
 * indicator until `at` is TYPING.showForMs old by the server's clock, or until a message from
 * that side arrives after it. So at most 60 000 / writeEveryMs writes (+1) a minute of typing.
 */

export const TYPING = {
  /** the longest a typing side stays silent while typing on */
  writeEveryMs: 4000,
  /** after a message went out, typing on may be announced this soon (the message hid it) */
  afterSendMs: 3000,
  /** how long a reader shows "is typing…" after the last write (a write every 4 s keeps it on) */
  showForMs: 7000,
} as const;

/**
 * The writer's side: decides on each keystroke whether this one announces typing. Pure state, the
 * caller keeps it: `lastWriteAt` (0 = never) and whether a message was sent since.
 */
export interface TypingThrottle {
  lastWriteAt: number;
  sentSince: boolean;
}

export const idleTyping = (): TypingThrottle => ({ lastWriteAt: 0, sentSince: false });

/** Whether a keystroke at `now` writes; and the state after it. */
export function onKeystroke(
  state: TypingThrottle,
  now: number,
): { write: boolean; state: TypingThrottle } {
  const since = now - state.lastWriteAt;
  const due =
    state.lastWriteAt === 0 ||
    since >= TYPING.writeEveryMs ||
    (state.sentSince && since >= TYPING.afterSendMs);
  return due
    ? { write: true, state: { lastWriteAt: now, sentSince: false } }
    : { write: false, state };
}

/** A message went out: the reader hid the indicator, so typing on should announce itself soon. */
export const onSent = (state: TypingThrottle): TypingThrottle => ({ ...state, sentSince: true });

/**
 * The reader's estimate of the server's clock: offset = server time − local time. Each typing
 * write that arrives while listening gives a sample `at − receivedAt` (the true offset minus the
 * delivery latency, so never too high); the largest sample is the best estimate. The document
 * found when listening starts may be hours old, so it is not a sample. Until the first sample the
 * local clock is trusted (offset 0).
 */
export function nextClockOffset(
  offset: number | null,
  serverAt: number,
  receivedAt: number,
): number {
  const sample = serverAt - receivedAt;
  return offset === null ? sample : Math.max(offset, sample);
}

/**
 * Whether "X is typing…" shows at local time `now`: the last write `at` (server time) is younger
 * than showForMs by the server's clock (`offset`, see nextClockOffset), and no message of that
 * side came after it (sending ends typing without a write).
 */
export function isTyping(
  at: number | null | undefined,
  now: number,
  offset: number | null,
  lastMessageAt?: number | null,
): boolean {
  if (!at) return false;
  if (lastMessageAt && lastMessageAt >= at) return false;
  const serverNow = now + (offset ?? 0);
  return serverNow - at < TYPING.showForMs && serverNow - at > -TYPING.showForMs;
}

/** When the indicator turns off by itself (local time), for a timer; null when it is off. */
export function typingEndsAt(at: number | null | undefined, offset: number | null): number | null {
  if (!at) return null;
  return at - (offset ?? 0) + TYPING.showForMs;
}
