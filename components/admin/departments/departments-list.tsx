import type { DepartmentDoc } from '../../../utils/data/admin/departments.ts';
import { t } from '../../../utils/i18n.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';

export interface DepartmentsListProps {
  departments: readonly DepartmentDoc[];
  nameOf: (uid: string) => string;
  onEdit: (department: DepartmentDoc) => void;
  onDelete: (department: DepartmentDoc) => void;
  deleting: string | null;
}

/** Departments with their operators, each with Edit and Delete. */
export function DepartmentsList(props: DepartmentsListProps) {
  if (props.departments.length === 0)
    return <p class="empty">{t('noDepartmentsYetAddOneBelow')}</p>;
  return (
    <table class="admin-table departments-list">
      <thead>
        <tr>
          <th scope="col">{t('department')}</th>
          <th scope="col">{t('operators')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.departments.map((department) => (
          <tr key={department.id} data-department-id={department.id}>
            <th scope="row">{department.name}</th>
            <td>
              {department.operatorIds.length === 0 ? (
                <span class="muted">{t('nobody')}</span>
              ) : (
                department.operatorIds.map(props.nameOf).join(', ')
              )}
            </td>
            <td class="actions">
              <button
                type="button"
                aria-label={t('editDepartment', department.name)}
                onClick={() => props.onEdit(department)}
              >
                {t('edit2')}
              </button>{' '}
              <ConfirmButton
                label={t('delete')}
                subject={t('confirmSubjectDepartment', department.name)}
                busy={props.deleting === department.id}
                onConfirm={() => props.onDelete(department)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
