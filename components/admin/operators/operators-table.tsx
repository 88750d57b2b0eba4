import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
import type { PresenceState } from '../../../utils/domain/model.ts';
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
  online: 'Online',
  away: 'Away',
  offline: 'Offline',
};

/** The Chat Operators list: name, role, active state, presence, and a gear menu per operator. */
export function OperatorsTable(props: OperatorsTableProps) {
  if (props.operators.length === 0)
    return <p class="empty">No operators yet. Use Add to create the first account.</p>;
  return (
    <table class="admin-table operators-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Account</th>
          <th scope="col">Presence</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.operators.map((operator) => {
          const self = operator.id === props.selfUid;
          const presence = props.presenceOf(operator.id);
          const items: MenuItem[] = [
            { label: 'Edit profile', onSelect: () => props.onEdit(operator) },
            ...(!self && operator.active
              ? [{ label: 'Start Chat', onSelect: () => props.onStartChat(operator) }]
              : []),
            ...(!self
              ? [{ label: 'Delete', danger: true, onSelect: () => props.onDelete(operator) }]
              : []),
          ];
          return (
            <tr key={operator.id} data-operator-id={operator.id}>
              <th scope="row">
                <span class="operator-name">{operator.displayName}</span>
                {self && <span class="muted"> (you)</span>}
                <br />
                <span class="muted">{operator.email}</span>
              </th>
              <td>{operator.role === 'admin' ? 'Administrator' : 'Normal'}</td>
              <td>
                <span class={`badge ${operator.active ? 'badge--ok' : 'badge--off'}`}>
                  {operator.active ? 'Active' : 'Inactive'}
                </span>
              </td>
              <td>
                <span class={`presence-dot presence-dot--${presence}`} aria-hidden="true" />
                {PRESENCE_LABELS[presence]}
              </td>
              <td class="actions">
                <MenuButton label={`Actions for ${operator.displayName}`} items={items} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
