import { computed, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import type { UpdateOfflineMessageRequest } from '../../domain/callables.ts';
import type { DeliveryStatus } from '../../domain/model.ts';
import { t } from '../../i18n.ts';
import { call } from '../callables.ts';
import {
  type OfflineCursor,
  type OfflineMessageDoc,
  readOfflineMessage,
  readOfflinePage,
} from '../collections/offline-messages.ts';
import { firestoreErrorMessage, messageOf } from '../errors.ts';

export type InboxStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The off-line inbox (ADR 009), for the Control Panel's Off-line messages panel and the console
 * of an off-line recipient: pages of messages newest first (read once, with a cursor), a filter
 * by delivery status, and the actions, which go through updateOfflineMessage (the delivery log
 * is the functions' record); an acted-on row is replaced by what the callable answered.
 */
export class OfflineInboxStore {
  readonly status = signal<InboxStatus>('idle');
  readonly error = signal<string | null>(null);
  readonly filter = signal<DeliveryStatus | null>(null);
  readonly rows = signal<OfflineMessageDoc[]>([]);
  /** Documents read since the last filter change (what the inbox costs). */
  readonly reads = signal(0);
  /** The row an action is running on, and the last action's error (by row id). */
  readonly busyId = signal<string | null>(null);
  readonly actionError = signal<{ id: string; message: string } | null>(null);
  readonly hasMore = computed(() => this.#next.value !== null);
  readonly #next = signal<OfflineCursor | null>(null);
  #generation = 0;

  constructor(
    private readonly db: Firestore,
    private readonly workspaceId: string,
  ) {}

  /**
   * Whether this operator may read the inbox (admins and the off-line recipients; the rules
   * decide, a normal operator cannot read the settings): one read of at most one message.
   */
  readonly available = signal<boolean | null>(null);

  async probe(): Promise<boolean> {
    try {
      await readOfflinePage(this.db, this.workspaceId, null, null, 0);
      this.available.value = true;
    } catch {
      this.available.value = false;
    }
    return this.available.value;
  }

  /** The newest page for a delivery status (null = every message). */
  show(filter: DeliveryStatus | null): Promise<void> {
    this.filter.value = filter;
    this.rows.value = [];
    this.reads.value = 0;
    this.#next.value = null;
    return this.#load(null, ++this.#generation);
  }

  more(): Promise<void> {
    if (!this.#next.value || this.status.value === 'loading') return Promise.resolve();
    return this.#load(this.#next.value, this.#generation);
  }

  async #load(after: OfflineCursor | null, generation: number) {
    this.status.value = 'loading';
    this.error.value = null;
    try {
      const page = await readOfflinePage(this.db, this.workspaceId, this.filter.value, after);
      if (generation !== this.#generation) return;
      this.rows.value = [...this.rows.value, ...page.rows];
      this.reads.value += page.reads;
      this.#next.value = page.next;
      this.status.value = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      this.status.value = 'error';
      this.error.value = String((error as { code?: string })?.code ?? '').endsWith(
        'permission-denied',
      )
        ? 'Only administrators and the off-line recipients see off-line messages.'
        : firestoreErrorMessage(error, t('actionLoadTheOfflineMessages'));
    }
  }

  /** Retry a failed delivery, mark handled, or reopen; the row shows the outcome. */
  async act(row: OfflineMessageDoc, action: UpdateOfflineMessageRequest['action']): Promise<void> {
    this.busyId.value = row.id;
    this.actionError.value = null;
    try {
      await call('updateOfflineMessage', { workspaceId: this.workspaceId, id: row.id, action });
      // The delivery log as the functions left it (one read).
      const updated = await readOfflineMessage(this.db, this.workspaceId, row.id);
      this.rows.value = this.rows.value.flatMap((r) =>
        r.id !== row.id ? [r] : updated ? [updated] : [],
      );
    } catch (error) {
      this.actionError.value = {
        id: row.id,
        message: messageOf(error, t('actionUpdateTheMessage')),
      };
    } finally {
      this.busyId.value = null;
    }
  }
}
