import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { ConversationKey } from '../conversation-key.ts';
import type { OutboxRow } from '../local-db.ts';
import {
  discardMessage,
  enqueueMessage,
  flushOutbox,
  type MessageSender,
  pendingMessages,
  retryMessage,
} from '../outbox.ts';

const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

/**
 * The operator's unsent messages as a signal (every page and the service worker see the same
 * rows: Dexie broadcasts changes), and the flusher that drains them whenever there is something
 * to send, the browser comes back online, or a retry timer fires after a transient failure.
 */
export class OutboxStore {
  readonly rows = signal<OutboxRow[]>([]);
  #flushing = false;
  #again = false;
  #retry = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stop: (() => void)[] = [];

  constructor(
    readonly uid: string,
    readonly sender: MessageSender,
  ) {}

  start(): void {
    const subscription = liveQuery(() => pendingMessages(this.uid)).subscribe({
      next: (rows) => {
        this.rows.value = rows;
        // 'sending' too: the context sending it may close mid-send (the panel, offline), and this
        // one may only ever see the row in that state. The outbox lock makes the flush wait for a
        // sender that is still alive, which deletes the row once the server has it.
        if (rows.some((row) => row.state !== 'failed')) void this.flush();
      },
    });
    const online = () => void this.flush();
    globalThis.addEventListener?.('online', online);
    this.#stop.push(
      () => subscription.unsubscribe(),
      () => globalThis.removeEventListener?.('online', online),
      () => clearTimeout(this.#timer),
    );
  }

  stop(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** Queues a message (returns at once; it shows as "sending" until acknowledged). */
  async send(conversation: ConversationKey, author: { uid: string; name: string }, text: string) {
    const row = await enqueueMessage(conversation, author, text);
    void this.flush();
    return row;
  }

  async retry(id: string) {
    await retryMessage(id);
    void this.flush();
  }

  discard(id: string) {
    return discardMessage(id);
  }

  forConversation(conversation: ConversationKey): OutboxRow[] {
    return this.rows.value.filter((row) => row.conversation === conversation);
  }

  /** Drains the queue; concurrent calls coalesce into one more pass. */
  async flush(): Promise<void> {
    if (this.#flushing) {
      this.#again = true;
      return;
    }
    this.#flushing = true;
    try {
      do {
        this.#again = false;
        const result = await flushOutbox(this.uid, this.sender);
        if (result.stalled) {
          const delay = RETRY_DELAYS_MS[Math.min(this.#retry++, RETRY_DELAYS_MS.length - 1)];
          clearTimeout(this.#timer);
          this.#timer = setTimeout(() => void this.flush(), delay);
          return;
        }
        this.#retry = 0;
      } while (this.#again);
    } finally {
      this.#flushing = false;
    }
  }
}
