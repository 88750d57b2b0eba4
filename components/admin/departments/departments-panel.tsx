import { useState } from 'preact/hooks';
import {
  addDepartment,
  cleanDepartment,
  type DepartmentDoc,
  type DepartmentInput,
  deleteDepartment,
  updateDepartment,
} from '../../../utils/data/admin/departments.ts';
import { setRoutingMode } from '../../../utils/data/admin/workspace.ts';
import type { RoutingMode } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import type { PickableOperator } from '../shared/operator-picker.tsx';
import { EXCLUSIVE_ROUTING_NOTE, routingChangeNotice } from '../shared/routing-notice.ts';
import { useAction } from '../shared/use-action.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { DepartmentForm } from './department-form.tsx';
import { DepartmentsList } from './departments-list.tsx';

/** Departments visitors pick on the welcome screen, and the switch for department routing. */
export function DepartmentsPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['departments', 'operators', 'workspace']);
  const [editing, setEditing] = useState<DepartmentDoc | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const save = useAction(t('actionSaveTheDepartment'));
  const remove = useAction(t('actionDeleteTheDepartment'));
  const routing = useAction(t('actionChangeTheRoutingMode'));

  if (!data) return <p class="muted">{t('loading')}</p>;
  const { context } = data;
  const departments = data.departments.items.value;
  const operators = data.operators.items.value;
  const mode = data.workspace.data.value?.routingMode ?? 'all';
  const known = new Set(operators.map((op) => op.id));
  const names = new Map(operators.map((op) => [op.id, op.displayName]));
  const pickable: PickableOperator[] = operators.map((op) => ({
    id: op.id,
    displayName: op.displayName,
    ...(op.active ? {} : { note: t('inactiveNote') }),
  }));

  function resetForm() {
    setEditing(null);
    setFormKey((key) => key + 1);
    save.clearError();
  }

  async function submit(input: DepartmentInput) {
    const target = editing;
    const done = await save.run(async () => {
      const clean = cleanDepartment(input, departments, known, target?.id);
      if (target) await updateDepartment(context, target.id, clean);
      else await addDepartment(context, clean);
      return clean;
    });
    if (!done) return;
    resetForm();
    setStatus(target ? t('savedDepartment', done.name) : t('addedDepartment', done.name));
  }

  async function destroy(department: DepartmentDoc) {
    setDeleting(department.id);
    setStatus(null);
    const done = await remove.run(async () => {
      await deleteDepartment(context, department);
      return true;
    });
    setDeleting(null);
    if (!done) return;
    if (editing?.id === department.id) resetForm();
    setStatus(t('deletedDepartment', department.name));
  }

  async function setDepartmentRouting(enabled: boolean) {
    const next: RoutingMode = enabled ? 'departments' : 'all';
    const previous = mode;
    const done = await routing.run(async () => {
      await setRoutingMode(context, next);
      return true;
    });
    if (done) setStatus(routingChangeNotice(previous, next));
  }

  return (
    <section class="admin-panel departments-panel" aria-labelledby="departments-title">
      <header class="admin-panel__header">
        <h2 id="departments-title">{t('departments')}</h2>
      </header>
      <p class="muted">{t('assignOperatorsToDepartmentsWhichVisitors')}</p>
      <FormError message={data.departments.error.value} />
      {data.departments.status.value === 'loading' ? (
        <p class="muted">{t('loadingDepartments')}</p>
      ) : (
        <DepartmentsList
          departments={departments}
          nameOf={(uid) => names.get(uid) ?? t('removedOperator2')}
          deleting={deleting}
          onEdit={(department) => {
            setEditing(department);
            setFormKey((key) => key + 1);
            setStatus(null);
          }}
          onDelete={(department) => void destroy(department)}
        />
      )}
      <FormError message={remove.error} />

      <section aria-label={editing ? t('editDepartment', editing.name) : t('newDepartment')}>
        <h3>{editing ? t('editDepartment', editing.name) : t('newDepartment')}</h3>
        <DepartmentForm
          key={formKey}
          operators={pickable}
          {...(editing ? { editing, onCancel: resetForm } : {})}
          busy={save.busy}
          error={save.error}
          onSubmit={(input) => void submit(input)}
        />
      </section>

      <section class="routing-switch" aria-label={t('departmentRouting')}>
        <label class="checkbox">
          <input
            type="checkbox"
            name="enableDepartmentRouting"
            checked={mode === 'departments'}
            disabled={routing.busy}
            onChange={(e) => void setDepartmentRouting(e.currentTarget.checked)}
          />
          {t('enableDepartmentRoutingVisitorsChooseA')}
        </label>
        <p class="muted hint">{EXCLUSIVE_ROUTING_NOTE}</p>
        {mode === 'url' && <p class="hint">{t('urlRoutingIsOnNowEnabling')}</p>}
        <FormError message={routing.error} />
      </section>
      <FormStatus message={status} />
    </section>
  );
}
