import { useEffect } from 'preact/hooks';
import type { HistoryStore } from '../../utils/data/stores/history-store.ts';
import { type Choice, HistoryFilters } from './history-filters.tsx';
import { HistoryList } from './history-list.tsx';
import { TranscriptView } from './transcript-view.tsx';
import './history.css';
import { t } from '../../utils/i18n.ts';

export interface HistoryViewProps {
  store: HistoryStore;
  /** null for a normal operator (their History is their own chats) */
  operators: Choice[] | null;
  departments: Choice[];
}

/** History of chats that are over: filters and rows, or the transcript of the one opened. */
export function HistoryView({ store, operators, departments }: HistoryViewProps) {
  useEffect(() => {
    if (store.status.value === 'idle') void store.search({});
  }, [store]);
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  const opened = store.opened.value;

  if (opened) {
    return (
      <TranscriptView
        entry={opened}
        messages={store.transcript.value}
        status={store.transcriptStatus.value}
        error={store.transcriptError.value}
        departmentName={departmentName}
        onBack={() => store.close()}
      />
    );
  }
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <p class="muted">
        {operators ? t('everyChatOfTheWorkspaceThat') : t('theChatsYouTookPartIn')}
      </p>
      <HistoryFilters
        operators={operators}
        departments={departments}
        onSearch={(filter) => void store.search(filter)}
      />
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
      <HistoryList
        rows={store.rows.value}
        reads={store.reads.value}
        cached={store.fromCache.value}
        loading={store.status.value === 'loading' || store.status.value === 'idle'}
        hasMore={store.hasMore.value}
        departmentName={departmentName}
        onOpen={(row) => void store.open(row)}
        onMore={() => void store.more()}
      />
    </section>
  );
}
