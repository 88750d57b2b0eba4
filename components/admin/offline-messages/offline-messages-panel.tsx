import { useMemo } from 'preact/hooks';
import { OfflineInboxStore } from '../../../utils/data/stores/offline-inbox-store.ts';
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
  if (!data || !store) return <p class="muted">Loading…</p>;
  const departments = new Map(data.departments.items.value.map((d) => [d.id, d.name]));
  return (
    <section class="admin-panel offline-messages-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">Off-line messages</h2>
      <p class="muted">
        What visitors left while nobody was available, newest first, with the delivery of each mail
        to the off-line recipients.
      </p>
      <OfflineInbox store={store} departmentName={(id) => departments.get(id) ?? id} />
    </section>
  );
}
