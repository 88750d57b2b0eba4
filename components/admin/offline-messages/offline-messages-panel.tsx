import { useMemo } from 'preact/hooks';
import { OfflineInboxStore } from '../../../utils/data/stores/offline-inbox-store.ts';
import { t } from '../../../utils/i18n.ts';
import { OfflineInbox } from '../../offline-inbox/offline-inbox.tsx';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useAdminData } from '../shared/use-admin-data.ts';

/** The off-line inbox for admins: every message visitors left, and whether it reached anyone. */
export function OfflineMessagesPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['departments']);
  const store = useMemo(
    () => (data ? new OfflineInboxStore(data.context.db, data.context.workspaceId) : null),
    [data],
  );
  if (!data || !store) return <p class="muted">{t('loading')}</p>;
  const departments = new Map(data.departments.items.value.map((d) => [d.id, d.name]));
  return (
    <section class="admin-panel offline-messages-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">{t('offLineMessages')}</h2>
      <p class="muted">{t('whatVisitorsLeftWhileNobodyWas')}</p>
      <OfflineInbox store={store} departmentName={(id) => departments.get(id) ?? id} />
    </section>
  );
}
