import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AuditFilter, AuditLogPages } from '../../../utils/data/admin/audit-log-pages.ts';
import { AUDIT_ACTIONS } from '../../../utils/domain/audit-actions.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError } from '../shared/form-error.tsx';
import { useAdminData } from '../shared/use-admin-data.ts';
import { AuditLogTable } from './audit-log-table.tsx';

/**
 * The workspace's whole audit log, newest first, a page at a time ("Show older entries"), and
 * narrowed by action and by who: accounts, routing, canned responses, billing, transfers, admins
 * viewing other operators' chats.
 */
export function AuditLogPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['operators']);
  const pages = useMemo(
    () => (data ? new AuditLogPages(data.context.db, data.context.workspaceId) : null),
    [data],
  );
  const [filter, setFilter] = useState<AuditFilter>({});
  useEffect(() => {
    void pages?.show(filter);
  }, [pages, filter.action, filter.actor]);
  if (!data || !pages) return <p class="muted">{t('loading')}</p>;
  const operators = data.operators.items.value;
  const names = new Map(operators.map((op) => [op.id, op.displayName]));
  const entries = pages.entries.value;
  return (
    <section class="admin-panel audit-log-panel" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditLog')}</h2>
      <p class="muted">{t('everyChangeMadeInThisWorkspace')}</p>
      <fieldset class="row">
        <legend>{t('filter')}</legend>
        <label>
          {t('action')}{' '}
          <select
            value={filter.action ?? ''}
            onChange={(event) =>
              setFilter({ ...filter, action: event.currentTarget.value || undefined })
            }
          >
            <option value="">{t('anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('who')}{' '}
          <select
            value={filter.actor ?? ''}
            onChange={(event) =>
              setFilter({ ...filter, actor: event.currentTarget.value || undefined })
            }
          >
            <option value="">{t('anyone')}</option>
            {operators.map((op) => (
              <option key={op.id} value={op.id}>
                {op.displayName}
              </option>
            ))}
            <option value="system">{t('parleyScheduled')}</option>
          </select>
        </label>
      </fieldset>
      <FormError message={pages.error.value} />
      {entries.length === 0 && pages.loading.value ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <AuditLogTable entries={entries} nameOf={(uid) => names.get(uid) ?? uid} />
      )}
      <p class="muted" role="status">
        {entries.length === 1 ? t('auditEntryShown') : t('auditEntriesShown', entries.length)}
        {pages.hasMore.value ? t('auditOlderEntriesExist') : t('fullStop')}
      </p>
      {pages.hasMore.value && (
        <button type="button" disabled={pages.loading.value} onClick={() => void pages.more()}>
          {pages.loading.value ? t('loading') : t('showOlderEntries')}
        </button>
      )}
    </section>
  );
}
