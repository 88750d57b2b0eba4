import { signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import { missedChatsQuery } from '../../domain/history.ts';
import {
  daysBetween,
  MAX_REPORT_DAYS,
  type MergedReport,
  mergeReport,
} from '../../domain/reports.ts';
import { t } from '../../i18n.ts';
import {
  type ChatHistoryDoc,
  type HistoryCursor,
  readHistoryPage,
} from '../collections/chat-history.ts';
import { readReportDays } from '../collections/report-days.ts';
import { firestoreErrorMessage } from '../errors.ts';

export type ReportStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The Reports panel's data (ADR 009): the daily aggregates of a range of UTC days, merged into
 * per-day, per-operator and total figures, and the range's missed chats, a page at a time from
 * the history summaries. Read once per range, not listened to.
 */
export class ReportStore {
  readonly status = signal<ReportStatus>('idle');
  readonly error = signal<string | null>(null);
  readonly report = signal<MergedReport | null>(null);
  readonly range = signal<{ from: string; to: string } | null>(null);
  /** Aggregates read for the report shown. */
  readonly reads = signal(0);
  readonly missed = signal<ChatHistoryDoc[]>([]);
  readonly missedStatus = signal<ReportStatus>('idle');
  readonly missedHasMore = signal(false);
  #missedNext: HistoryCursor | null = null;
  #generation = 0;

  constructor(
    private readonly db: Firestore,
    private readonly workspaceId: string,
  ) {}

  /** Loads the range `from`…`to` ('YYYY-MM-DD', UTC days, both included). */
  async load(from: string, to: string): Promise<void> {
    const generation = ++this.#generation;
    const days = daysBetween(from, to).length;
    if (days === 0 || days > MAX_REPORT_DAYS) {
      this.status.value = 'error';
      this.error.value = `Choose a range of 1 to ${MAX_REPORT_DAYS} days, the first day first.`;
      return;
    }
    this.range.value = { from, to };
    this.status.value = 'loading';
    this.error.value = null;
    this.missed.value = [];
    this.#missedNext = null;
    try {
      const { rows, reads } = await readReportDays(this.db, this.workspaceId, from, to);
      if (generation !== this.#generation) return;
      this.report.value = mergeReport(rows, from, to);
      this.reads.value = reads;
      this.status.value = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      this.status.value = 'error';
      this.error.value = firestoreErrorMessage(error, t('actionLoadTheReport'));
      return;
    }
    await this.#loadMissed(generation);
  }

  /** The next page of the range's missed chats. */
  moreMissed(): Promise<void> {
    if (!this.#missedNext || this.missedStatus.value === 'loading') return Promise.resolve();
    return this.#loadMissed(this.#generation);
  }

  async #loadMissed(generation: number) {
    const range = this.range.value;
    if (!range) return;
    this.missedStatus.value = 'loading';
    try {
      const spec = missedChatsQuery(
        new Date(`${range.from}T00:00:00Z`),
        new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000),
      );
      const page = await readHistoryPage(this.db, this.workspaceId, spec, this.#missedNext);
      if (generation !== this.#generation) return;
      this.missed.value = [...this.missed.value, ...page.rows];
      this.#missedNext = page.next;
      this.missedHasMore.value = page.next !== null;
      this.missedStatus.value = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      this.missedStatus.value = 'error';
      this.error.value = firestoreErrorMessage(error, t('actionLoadTheMissedChats'));
    }
  }
}
