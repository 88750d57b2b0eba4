import type { AuditEntryDoc } from '../../../utils/data/collections/audit-log.ts';
import { t } from '../../../utils/i18n.ts';

/** Who did what and when, newest first. */
export function AuditLogTable(props: {
  entries: readonly AuditEntryDoc[];
  nameOf: (uid: string) => string;
}) {
  if (props.entries.length === 0) return <p class="empty">{t('nothingHasBeenRecordedYet')}</p>;
  return (
    <table class="admin-table audit-log">
      <thead>
        <tr>
          <th scope="col">{t('when')}</th>
          <th scope="col">{t('who')}</th>
          <th scope="col">{t('what')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('details')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at.toISOString()}>
                {entry.at.toISOString().slice(0, 16).replace('T', ' ')}
              </time>
            </td>
            <td>{entry.actor === 'system' ? t('parleyScheduled') : props.nameOf(entry.actor)}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>{props.nameOf(entry.target)}</td>
            <td class="muted">
              {Object.entries(entry.details ?? {})
                .map(([key, value]) => `${key}: ${value}`)
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
