import { useEffect, useState } from 'preact/hooks';
import { setTranscriptRetention } from '../../../utils/data/admin/workspace.ts';
import { getFirebase } from '../../../utils/data/firebase.ts';
import { localHistoryCache } from '../../../utils/data/history-cache.ts';
import { HistoryStore } from '../../../utils/data/stores/history-store.ts';
import { t } from '../../../utils/i18n.ts';
import { HistoryView } from '../../history/history-view.tsx';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { BackfillHistory } from './backfill-history.tsx';
import { RetentionEditor } from './retention-editor.tsx';

/**
 * Every chat of the workspace that is over, for supervising and coaching (admins), with how long
 * transcripts are kept and the backfill of chats older than History.
 */
export function HistoryPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['operators', 'departments', 'workspace']);
  const [store, setStore] = useState<HistoryStore | null>(null);
  useEffect(() => {
    let cancelled = false;
    void getFirebase().then(({ db }) => {
      if (cancelled) return;
      const cache = localHistoryCache(operator.workspaceId, operator);
      setStore(new HistoryStore(db, operator.workspaceId, operator, cache));
    });
    return () => {
      cancelled = true;
    };
  }, [operator.workspaceId, operator.uid, operator.role]);
  if (!data || !store) return <p class="muted">{t('loading')}</p>;
  const workspace = data.workspace.data.value;
  return (
    <div class="admin-panel history-panel">
      <HistoryView
        store={store}
        operators={data.operators.items.value.map((op) => ({ id: op.id, name: op.displayName }))}
        departments={data.departments.items.value}
      />
      <section class="history-settings" aria-label={t('historySettings')}>
        {workspace && (
          <RetentionEditor
            days={workspace.transcriptRetentionDays ?? null}
            onSave={(input) => setTranscriptRetention(data.context, input)}
          />
        )}
        <BackfillHistory workspaceId={operator.workspaceId} />
      </section>
    </div>
  );
}
