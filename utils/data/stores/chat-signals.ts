import { effect, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import {
  idleTyping,
  isTyping,
  nextClockOffset,
  onKeystroke,
  onSent,
  typingEndsAt,
} from '../../domain/typing.ts';
import { t } from '../../i18n.ts';
import {
  type TypingDoc,
  visitorTypingRef,
  writeOperatorTyping,
} from '../collections/chat-typing.ts';
import { type VisitorContextDoc, visitorContextRef } from '../collections/visitor-contexts.ts';
import { LiveDoc } from '../live.ts';

/**
 * What an open chat's view reads besides its messages (ADR 010): the visitor's typing signal and
 * their browser and visit (Visitor info), each one small document; and the operator's own typing
 * signal, written at most every few seconds while they type (utils/domain/typing.ts).
 */
export class ChatSignals {
  readonly visitorTyping: LiveDoc<TypingDoc>;
  readonly context: LiveDoc<VisitorContextDoc>;
  /** bumped when the indicator may have expired by itself, so views re-read the clock */
  readonly tick = signal(0);
  #offset: number | null = null;
  #throttle = idleTyping();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stop: (() => void)[] = [];

  constructor(
    private readonly db: Firestore,
    private readonly ws: string,
    private readonly chatId: string,
    private readonly selfName: () => string,
    private readonly clock: () => number = Date.now,
  ) {
    this.visitorTyping = new LiveDoc(t('liveTheTypingSignal'), () =>
      visitorTypingRef(db, ws, chatId),
    );
    this.context = new LiveDoc(t('liveTheVisitorContext'), () => visitorContextRef(db, ws, chatId));
  }

  start(): void {
    let initial = true;
    this.#stop.push(
      this.visitorTyping.retain(),
      this.context.retain(),
      effect(() => {
        if (this.visitorTyping.status.value !== 'ready') return;
        const at = this.visitorTyping.data.value?.at?.getTime() ?? null;
        // The document found on listening may be old: only later changes sample the clock.
        if (at !== null && !initial) this.#offset = nextClockOffset(this.#offset, at, this.clock());
        initial = false;
        clearTimeout(this.#timer);
        const ends = typingEndsAt(at, this.#offset);
        if (ends !== null && ends > this.clock()) {
          this.#timer = setTimeout(() => this.tick.value++, ends - this.clock() + 50);
        }
      }),
      () => clearTimeout(this.#timer),
    );
  }

  stop(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** Whether "Vera is typing…" shows: a fresh signal, and no visitor message after it. */
  visitorIsTyping(lastVisitorMessageAt: number | null): boolean {
    void this.tick.value;
    const at = this.visitorTyping.data.value?.at?.getTime() ?? null;
    return isTyping(at, this.clock(), this.#offset, lastVisitorMessageAt);
  }

  /** The operator typed in this chat's composer: writes their signal when due (then true). */
  keystroke(): boolean {
    const step = onKeystroke(this.#throttle, this.clock());
    this.#throttle = step.state;
    if (step.write) {
      void writeOperatorTyping(this.db, this.ws, this.chatId, this.selfName()).catch(() => {});
    }
    return step.write;
  }

  /** A message went out: the visitor's indicator is gone, typing on may say so again soon. */
  sent(): void {
    this.#throttle = onSent(this.#throttle);
  }
}
