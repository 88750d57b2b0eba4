import { computed, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import {
  EARLIER_CHATS,
  type HistoryFilter,
  type HistoryViewer,
  historyQuery,
  visitorHistoryQueries,
} from '../../domain/history.ts';
import type { ChatVisitor } from '../../domain/model.ts';
import { t } from '../../i18n.ts';
import {
  type ChatHistoryDoc,
  type HistoryCursor,
  readHistoryPage,
  readVisitorHistory,
} from '../collections/chat-history.ts';
import { type ChatMessageDoc, readTranscript } from '../collections/chat-messages.ts';
import { firestoreErrorMessage } from '../errors.ts';
import type { HistoryPageCache } from '../history-cache.ts';

export type HistoryStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * History of chats that are over, for the console's History section and the Control Panel's
 * History panel: the filter, the rows loaded so far (page by page, newest first), and the chat
 * opened from them with its transcript. History does not change under the reader, so pages are
 * read once rather than listened to.
 */
export class HistoryStore {
  readonly filter = signal<HistoryFilter>({});
  readonly rows = signal<ChatHistoryDoc[]>([]);
  readonly status = signal<HistoryStatus>('idle');
  readonly error = signal<string | null>(null);
  /** Summaries read since the last search (what a History page costs). */
  readonly reads = signal(0);
  /** The rows shown are the last visit's first page; the server's answer replaces them. */
  readonly fromCache = signal(false);
  readonly opened = signal<ChatHistoryDoc | null>(null);
  readonly transcript = signal<ChatMessageDoc[]>([]);
  readonly transcriptStatus = signal<HistoryStatus>('idle');
  readonly transcriptError = signal<string | null>(null);
  readonly hasMore = computed(() => this.#next.value !== null);
  readonly #next = signal<HistoryCursor | null>(null);
  /** Answers of a superseded search are dropped. */
  #generation = 0;

  constructor(
    private readonly db: Firestore,
    private readonly workspaceId: string,
    private readonly viewer: HistoryViewer,
    private readonly cache?: HistoryPageCache,
  ) {}

  /** Starts over with `filter`: the first page. */
  search(filter: HistoryFilter): Promise<void> {
    this.filter.value = filter;
    this.rows.value = [];
    this.reads.value = 0;
    this.#next.value = null;
    this.fromCache.value = false;
    const generation = ++this.#generation;
    const cache = isUnfiltered(filter) ? this.cache : undefined;
    if (cache) void this.#paintFromCache(cache, generation);
    return this.#load(null, generation, cache);
  }

  async #paintFromCache(cache: HistoryPageCache, generation: number): Promise<void> {
    const rows = await cache.read();
    if (!rows?.length || generation !== this.#generation || this.status.value !== 'loading') return;
    this.rows.value = rows;
    this.fromCache.value = true;
  }

  /** The next page after the rows shown. */
  more(): Promise<void> {
    if (!this.#next.value || this.status.value === 'loading') return Promise.resolve();
    return this.#load(this.#next.value, this.#generation);
  }

  async #load(
    after: HistoryCursor | null,
    generation: number,
    cache?: HistoryPageCache,
  ): Promise<void> {
    this.status.value = 'loading';
    this.error.value = null;
    try {
      const spec = historyQuery(this.viewer, this.filter.value);
      // The History benchmark's breakdown: the query's share of click-to-paint.
      performance.mark?.('parley:history-query');
      const page = await readHistoryPage(this.db, this.workspaceId, spec, after);
      performance.mark?.('parley:history-read');
      if (generation !== this.#generation) return;
      this.rows.value = after ? [...this.rows.value, ...page.rows] : page.rows;
      this.fromCache.value = false;
      if (cache) void cache.save(page.rows);
      this.reads.value += page.reads;
      this.#next.value = page.next;
      this.status.value = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      this.status.value = 'error';
      this.error.value = historyErrorMessage(error, t('actionLoadTheHistory'));
    }
  }

  /** Shows one chat: its summary at once, its transcript once read. */
  async open(row: ChatHistoryDoc): Promise<void> {
    this.opened.value = row;
    this.transcript.value = [];
    this.transcriptStatus.value = 'loading';
    this.transcriptError.value = null;
    try {
      const messages = await readTranscript(this.db, this.workspaceId, row.chatId);
      if (this.opened.value !== row) return;
      this.transcript.value = messages;
      this.transcriptStatus.value = 'ready';
    } catch (error) {
      if (this.opened.value !== row) return;
      this.transcriptStatus.value = 'error';
      this.transcriptError.value = historyErrorMessage(error, t('actionLoadTheTranscript'));
    }
  }

  /** Asks the console to show History (a transcript opened from elsewhere, e.g. Visitor info). */
  readonly revealRequests = signal(0);

  /** Opens `row` and asks whoever shows History to show it. */
  reveal(row: ChatHistoryDoc): void {
    void this.open(row);
    this.revealRequests.value++;
  }

  /** A returning visitor's earlier chats this viewer may see, newest first. */
  visitorHistory(visitor: ChatVisitor): Promise<ChatHistoryDoc[]> {
    return readVisitorHistory(
      this.db,
      this.workspaceId,
      visitorHistoryQueries(this.viewer, visitor),
      EARLIER_CHATS,
    );
  }

  /** Back to the list. */
  close(): void {
    this.opened.value = null;
    this.transcript.value = [];
    this.transcriptStatus.value = 'idle';
  }
}

/** Refusals here are about whose chat it is, not about being an administrator. */
function historyErrorMessage(error: unknown, action: string): string {
  return String((error as { code?: string })?.code ?? '').endsWith('permission-denied')
    ? t('youMayNotOfChatsYouDidNotTakePartIn', action)
    : firestoreErrorMessage(error, action);
}

const isUnfiltered = (filter: HistoryFilter) =>
  Object.values(filter).every((value) => value === undefined || value === '');
