import { signal } from '@preact/signals';
import {
  idleTyping,
  isTyping,
  nextClockOffset,
  onKeystroke,
  onSent,
  type TypingThrottle,
  typingEndsAt,
} from '../../../utils/domain/typing.ts';
import type { MessageView } from '../data/types.ts';
import { t } from '../i18n/index.ts';

/** The other side's typing signal as the widget receives it (`at`: server time, epoch ms). */
export interface TypingSignalView {
  at: number;
  name?: string;
}

/**
 * Both directions of the typing indicator for one chat (ADR 010, logic in utils/domain/typing.ts):
 * whether this visitor's keystroke should announce typing, and whether the operator's last signal
 * still shows. A timer re-evaluates when the indicator should turn off by itself.
 */
export class TypingState {
  readonly other = signal<TypingSignalView | null>(null);
  /** bumped when the indicator may have expired, so computeds re-read the clock */
  readonly tick = signal(0);
  private offset: number | null = null;
  private throttle: TypingThrottle = idleTyping();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly clock: () => number = Date.now) {}

  /** A snapshot of the other side's signal; `fresh` = a change while listening (a clock sample). */
  received(view: TypingSignalView | null, fresh: boolean): void {
    if (view && fresh) this.offset = nextClockOffset(this.offset, view.at, this.clock());
    this.other.value = view;
    clearTimeout(this.timer);
    const ends = typingEndsAt(view?.at, this.offset);
    if (ends !== null && ends > this.clock()) {
      this.timer = setTimeout(() => this.tick.value++, ends - this.clock() + 50);
    }
  }

  /** The name to show as typing, or null; `lastMessageAt`: that side's newest message. */
  typingName(lastMessageAt: number | null): string | null {
    void this.tick.value;
    const view = this.other.value;
    if (!view || !isTyping(view.at, this.clock(), this.offset, lastMessageAt)) return null;
    return view.name ?? '';
  }

  /** Who of `kind` types now (their signal's name, else `fallback`, else "Operator"), or null. */
  typingOf(messages: readonly MessageView[], kind: 'operator', fallback: string | null) {
    const last = messages.filter((m) => m.from.kind === kind).at(-1);
    const name = this.typingName(last?.sentAt?.getTime() ?? null);
    return name === null ? null : name || fallback || t().operator;
  }

  /** A keystroke of this side: true when it should write its signal now. */
  keystroke(): boolean {
    const step = onKeystroke(this.throttle, this.clock());
    this.throttle = step.state;
    return step.write;
  }

  sent(): void {
    this.throttle = onSent(this.throttle);
  }

  reset(): void {
    clearTimeout(this.timer);
    this.other.value = null;
    this.offset = null;
    this.throttle = idleTyping();
  }
}
