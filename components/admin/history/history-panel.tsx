import { useEffect, useState } from 'preact/hooks';
import { getFirebase } from '../../../utils/data/firebase.ts';
import { HistoryStore } from '../../../utils/data/stores/history-store.ts';
import { t } from '../../../utils/i18n.ts';
import { HistoryView } from '../../history/history-view.tsx';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useAdminData } from '../shared/use-admin-data.ts';

/** Every chat of the workspace that is over, for supervising and coaching (admins). */
export function HistoryPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['operators', 'departments']);
  const [store, setStore] = useState<HistoryStore | null>(null);
  useEffect(() => {
    let cancelled = false;
    void getFirebase().then(({ db }) => {
      if (!cancelled) setStore(new HistoryStore(db, operator.workspaceId, operator));
    });
    return () => {
      cancelled = true;
    };
  }, [operator.workspaceId, operator.uid, operator.role]);
  if (!data || !store) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="admin-panel history-panel">
      <HistoryView
        store={store}
        operators={data.operators.items.value.map((op) => ({ id: op.id, name: op.displayName }))}
        departments={data.departments.items.value}
      />
    </div>
  );
}
