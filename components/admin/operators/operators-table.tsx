import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
import type { PresenceState } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';
import { MenuButton, type MenuItem } from '../shared/menu-button.tsx';

export interface OperatorsTableProps {
  operators: readonly OperatorDoc[];
  presenceOf: (uid: string) => PresenceState;
  selfUid: string;
  onEdit: (operator: OperatorDoc) => void;
  onDelete: (operator: OperatorDoc) => void;
  onStartChat: (operator: OperatorDoc) => void;
}

const PRESENCE_LABELS: Record<PresenceState, string> = {
  online: t('online'),
  away: t('away'),
  offline: t('offline'),
};

/** The Chat Operators list: name, role, active state, presence, and a gear menu per operator. */
export function OperatorsTable(props: OperatorsTableProps) {
  if (props.operators.length === 0) return <p class="empty">{t('noOperatorsYetUseAddTo')}</p>;
  return (
    <table class="admin-table operators-table">
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('role')}</th>
          <th scope="col">{t('account')}</th>
          <th scope="col">{t('presence')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.operators.map((operator) => {
          const self = operator.id === props.selfUid;
          const presence = props.presenceOf(operator.id);
          const items: MenuItem[] = [
            { label: t('editProfile'), onSelect: () => props.onEdit(operator) },
            ...(!self && operator.active
              ? [{ label: t('startChat'), onSelect: () => props.onStartChat(operator) }]
              : []),
            ...(!self
              ? [{ label: t('delete'), danger: true, onSelect: () => props.onDelete(operator) }]
              : []),
          ];
          return (
            <tr key={operator.id} data-operator-id={operator.id}>
              <th scope="row">
                <span class="operator-name">{operator.displayName}</span>
                {self && <span class="muted"> {t('you2')}</span>}
                <br />
                <span class="muted">{operator.email}</span>
              </th>
              <td>{operator.role === 'admin' ? t('administrator') : t('normal')}</td>
              <td>
                <span class={`badge ${operator.active ? 'badge--ok' : 'badge--off'}`}>
                  {operator.active ? t('active') : t('inactive')}
                </span>
              </td>
              <td>
                <span class={`presence-dot presence-dot--${presence}`} aria-hidden="true" />
                {PRESENCE_LABELS[presence]}
              </td>
              <td class="actions">
                <MenuButton label={t('actionsFor', operator.displayName)} items={items} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
