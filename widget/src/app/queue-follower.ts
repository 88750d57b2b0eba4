import { signal } from '@preact/signals';
import type { ChatView, QueueView, Unsubscribe, WidgetBackend } from '../data/types.ts';

/** How long after an offer's deadline the widget asks for the next operator. */
const OFFER_DEADLINE_MARGIN_MS = 500;

/**
 * What the widget does while its chat is queued (ADR 008): while it waits in the queue, it
 * listens to the queue for its place; while a one-at-a-time offer runs, it asks the functions to
 * move the offer on at its deadline (the visitor is the one who waits, so their widget keeps
 * time; the server checks the deadline).
 */
export class QueueFollower {
  readonly queue = signal<QueueView | null>(null);
  private stopQueue: Unsubscribe | null = null;
  private offerTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly backend: WidgetBackend) {}

  /** Called with every version of the chat, and with null when the widget stops following it. */
  follow(chat: ChatView | null): void {
    if (chat?.waiting && !this.stopQueue) {
      this.stopQueue = this.backend.watchQueue(
        chat.id,
        (queue) => {
          this.queue.value = queue;
        },
        () => {
          this.queue.value = null;
        },
      );
    } else if (!chat?.waiting && this.stopQueue) {
      this.stopQueue();
      this.stopQueue = null;
      this.queue.value = null;
    }
    if (this.offerTimer) clearTimeout(this.offerTimer);
    this.offerTimer = null;
    const deadline = chat?.status === 'queued' ? chat.offerExpiresAt : null;
    if (chat && deadline) {
      // A little after the deadline, so the server's clock has passed it too.
      const wait = Math.max(0, deadline.getTime() - Date.now()) + OFFER_DEADLINE_MARGIN_MS;
      this.offerTimer = setTimeout(() => {
        this.offerTimer = null;
        void this.backend.advanceOffer(chat.id).catch(() => {});
      }, wait);
    }
  }
}
