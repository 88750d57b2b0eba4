import { signal } from '@preact/signals';
import {
  collection,
  type DocumentSnapshot,
  type Firestore,
  getDocs,
  limit,
  orderBy,
  type QueryConstraint,
  query,
  startAfter,
  where,
} from 'firebase/firestore';
import { paths } from '../../domain/paths.ts';
import { t } from '../../i18n.ts';
import { type AuditEntryDoc, auditEntryConverter } from '../collections/audit-log.ts';
import { firestoreErrorMessage } from '../errors.ts';

/** What the audit log panel narrows the log to; empty fields mean "any". */
export interface AuditFilter {
  action?: string;
  actor?: string;
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the log, newest first, after `cursor` (the last entry of the page before). Filters
 * by action and by who use the composite indexes of firestore.indexes.json.
 */
export function auditLogPageQuery(
  db: Firestore,
  ws: string,
  filter: AuditFilter,
  cursor?: DocumentSnapshot,
  size = AUDIT_PAGE_SIZE,
) {
  const constraints: QueryConstraint[] = [];
  if (filter.action) constraints.push(where('action', '==', filter.action));
  if (filter.actor) constraints.push(where('actor', '==', filter.actor));
  constraints.push(orderBy('at', 'desc'));
  if (cursor) constraints.push(startAfter(cursor));
  // One more than shown tells whether an older page exists.
  constraints.push(limit(size + 1));
  return query(
    collection(db, paths.auditLog(ws)).withConverter(auditEntryConverter),
    ...constraints,
  );
}

/**
 * The whole history, page by page (cursor paging), for the audit log panel: entries so far,
 * whether more exist, loading state and a readable error. Changing the filter starts over.
 */
export class AuditLogPages {
  readonly entries = signal<AuditEntryDoc[]>([]);
  readonly hasMore = signal(false);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  #filter: AuditFilter = {};
  #cursor: DocumentSnapshot | undefined;
  #generation = 0;

  constructor(
    private readonly db: Firestore,
    private readonly ws: string,
    private readonly size = AUDIT_PAGE_SIZE,
  ) {}

  /** The newest page for `filter`. */
  show(filter: AuditFilter): Promise<void> {
    this.#filter = { ...filter };
    this.#cursor = undefined;
    this.entries.value = [];
    this.hasMore.value = false;
    return this.#load(++this.#generation);
  }

  /** The next older page. */
  more(): Promise<void> {
    if (!this.hasMore.value || this.loading.value) return Promise.resolve();
    return this.#load(this.#generation);
  }

  async #load(generation: number) {
    this.loading.value = true;
    this.error.value = null;
    try {
      const snapshot = await getDocs(
        auditLogPageQuery(this.db, this.ws, this.#filter, this.#cursor, this.size),
      );
      if (generation !== this.#generation) return;
      const page = snapshot.docs.slice(0, this.size);
      this.#cursor = page.at(-1) ?? this.#cursor;
      this.entries.value = [...this.entries.value, ...page.map((d) => d.data())];
      this.hasMore.value = snapshot.docs.length > this.size;
    } catch (error) {
      if (generation === this.#generation)
        this.error.value = firestoreErrorMessage(error, t('actionLoadTheAuditLog'));
    } finally {
      if (generation === this.#generation) this.loading.value = false;
    }
  }
}
