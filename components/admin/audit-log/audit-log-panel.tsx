import { AUDIT_LOG_WINDOW } from '../../../utils/data/collections/audit-log.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError } from '../shared/form-error.tsx';
import { useAdminData } from '../shared/use-admin-data.ts';
import { AuditLogTable } from './audit-log-table.tsx';

/** The workspace's audit log: accounts, departments, routing, canned responses, billing. */
export function AuditLogPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['auditLog', 'operators']);
  if (!data) return <p class="muted">Loading…</p>;
  const names = new Map(data.operators.items.value.map((op) => [op.id, op.displayName]));
  return (
    <section class="admin-panel audit-log-panel" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p class="muted">The latest {AUDIT_LOG_WINDOW} changes made in this workspace.</p>
      <FormError message={data.auditLog.error.value} />
      {data.auditLog.status.value === 'loading' ? (
        <p class="muted">Loading…</p>
      ) : (
        <AuditLogTable
          entries={data.auditLog.items.value}
          nameOf={(uid) => names.get(uid) ?? uid}
        />
      )}
    </section>
  );
}
