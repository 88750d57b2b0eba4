import { useState } from 'preact/hooks';
import type { DepartmentInput } from '../../../utils/data/admin/departments.ts';
import { LIMITS } from '../../../utils/domain/validation.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError } from '../shared/form-error.tsx';
import { OperatorPicker, type PickableOperator } from '../shared/operator-picker.tsx';

export interface DepartmentFormProps {
  operators: readonly PickableOperator[];
  /** the department being edited; absent when adding */
  editing?: { name: string; operatorIds: readonly string[] };
  busy: boolean;
  error: string | null;
  onSubmit: (input: DepartmentInput) => void;
  onCancel?: () => void;
}

/**
 * The seed manual's three steps: type a name, drag operators from the panel on the left, click
 * Add department. Each operator also has an Add button for keyboard users.
 */
export function DepartmentForm(props: DepartmentFormProps) {
  const [name, setName] = useState(props.editing?.name ?? '');
  const [chosen, setChosen] = useState<string[]>([...(props.editing?.operatorIds ?? [])]);
  return (
    <form
      class="department-form"
      aria-label={props.editing ? t('editDepartment', props.editing.name) : t('addDepartment')}
      aria-busy={props.busy}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit({ name, operatorIds: chosen });
      }}
    >
      <label class="field">
        <span>{t('departmentName')}</span>
        <input
          name="departmentName"
          required
          maxLength={LIMITS.departmentName}
          placeholder={t('sales')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <OperatorPicker
        operators={props.operators}
        chosen={chosen}
        onChange={setChosen}
        chosenLabel={t('departmentOperators')}
        disabled={props.busy}
      />
      <FormError message={props.error} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.busy ? t('saving') : props.editing ? t('saveDepartment') : t('addDepartment')}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel} disabled={props.busy}>
            {t('cancelEditing')}
          </button>
        )}
      </div>
    </form>
  );
}
